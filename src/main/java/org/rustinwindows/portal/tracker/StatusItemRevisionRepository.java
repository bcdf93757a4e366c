package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusItemRevisionRepository extends JpaRepository<StatusItemRevision, Long> {

	List<StatusItemRevision> findByItemIdOrderByNumberDesc(long itemId);

	Optional<StatusItemRevision> findByItemIdAndNumber(long itemId, int number);

	@Query("select coalesce(max(r.number), 0) from StatusItemRevision r where r.itemId = :itemId")
	int findLastNumber(long itemId);

}
