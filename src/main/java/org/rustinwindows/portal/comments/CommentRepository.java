package org.rustinwindows.portal.comments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByTargetIdAndStatusOrderByCreatedAtAscIdAsc(long targetId, CommentStatus status);

	Optional<Comment> findByTargetIdAndFingerprint(long targetId, String fingerprint);

	Optional<Comment> findByFormTokenHash(String formTokenHash);

	Page<Comment> findByStatus(CommentStatus status, Pageable pageable);

	long countByStatus(CommentStatus status);

	int countByTargetIdAndStatus(long targetId, CommentStatus status);

	boolean existsByEmailHashAndStatus(String emailHash, CommentStatus status);

	List<Comment> findByStatusAndCreatedAtAfter(CommentStatus status, Instant after, Pageable pageable);

}
