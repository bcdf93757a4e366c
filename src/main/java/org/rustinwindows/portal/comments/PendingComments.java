package org.rustinwindows.portal.comments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments waiting for a moderator, as a digest tells of them.
 */
@Service
public class PendingComments {

	private final CommentRepository comments;

	private final CommentTargets targets;

	PendingComments(CommentRepository comments, CommentTargets targets) {
		this.comments = comments;
		this.targets = targets;
	}

	/**
	 * The comments waiting that arrived after that time, oldest first.
	 * @param most how many to describe at most
	 */
	@Transactional(readOnly = true)
	public List<Pending> since(Instant after, int most) {
		List<Comment> waiting = this.comments.findByStatusAndCreatedAtAfter(CommentStatus.PENDING, after,
				PageRequest.of(0, most, Sort.by("createdAt", "id")));
		Map<Long, CommentTargets.CommentTarget> described = this.targets
			.describe(waiting.stream().map(Comment::getTargetId).distinct().toList());
		return waiting.stream().map((comment) -> {
			CommentTargets.CommentTarget target = described.get(comment.getTargetId());
			return new Pending(comment.getAuthorName(), (target != null) ? target.title() : "(deleted)",
					comment.getCreatedAt());
		}).toList();
	}

	/** How many comments wait, in all. */
	@Transactional(readOnly = true)
	public long count() {
		return this.comments.countByStatus(CommentStatus.PENDING);
	}

	/**
	 * @param authorName who wrote it
	 * @param targetTitle what it is about
	 * @param postedAt when it arrived
	 */
	public record Pending(String authorName, String targetTitle, Instant postedAt) {

	}

}
