package org.rustinwindows.portal.tracker;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

	/** The newest records first, as they were made: what the board's feed follows. */
	@Query("select c from StatusChange c join fetch c.item order by c.recordedAt desc, c.id desc")
	List<StatusChange> findNewest(Pageable pageable);

	/** The records that rest on a source, newest evidence first. */
	@Query("select c from StatusChange c join fetch c.item where c.sourceId = :sourceId"
			+ " order by c.changedOn desc, c.id desc")
	List<StatusChange> findBySource(long sourceId);

	boolean existsBySourceId(long sourceId);

}
