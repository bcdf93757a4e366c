package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusItemRepository extends JpaRepository<StatusItem, Long> {

	Optional<StatusItem> findBySlug(String slug);

	/** Items with at least one record: an item without one has nothing to show yet. */
	@Query("select i from StatusItem i where exists (select 1 from StatusChange c where c.item = i)"
			+ " order by i.group, i.position, i.title")
	List<StatusItem> findOnBoard();

	@Query("select i from StatusItem i order by i.group, i.position, i.title")
	List<StatusItem> findAllInOrder();

	/** The items that link to an entry, with a record. */
	@Query("select i from StatusItem i where :entryId member of i.entryIds"
			+ " and exists (select 1 from StatusChange c where c.item = i) order by i.title")
	List<StatusItem> findLinkingTo(long entryId);

}
