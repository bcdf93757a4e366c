package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	/**
	 * What makes a source public: a status record cites it, or an entry in the state
	 * given as {@code :status} does.
	 */
	String CITED = "(s.citedElsewhere = true or exists (select 1 from Entry e join e.sources es"
			+ " where es = s and e.status = :status))";

	Optional<Source> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Optional<Source> findFirstByTitleAndUrlOrderById(String title, String url);

	Optional<Source> findFirstByTitleAndUrlIsNullOrderById(String title);

	Optional<Source> findFirstByTitleOrderById(String title);

	/**
	 * Sources that at least one entry in the given state or a status record cites, with
	 * how many entries do, by title; {@code kind} narrows them to primary sources or
	 * reports when given.
	 */
	@Query(value = """
			select new org.rustinwindows.portal.content.SourceListing(s,
			  (select count(e) from Entry e join e.sources es where es = s and e.status = :status))
			from Source s
			where (:kind is null or s.kind = :kind) and\s""" + CITED + " order by s.title, s.id",
			countQuery = "select count(s) from Source s where (:kind is null or s.kind = :kind) and " + CITED)
	Page<SourceListing> findCited(EntryStatus status, SourceKind kind, Pageable pageable);

	/** How many sources {@link #findCited(EntryStatus, SourceKind, Pageable)} lists. */
	@Query("select count(s) from Source s where " + CITED)
	long countCited(EntryStatus status);

	/** The same sources in the order they were made, which paging through them keeps. */
	@Query("select s from Source s where " + CITED + " order by s.id")
	List<Source> findCitedById(EntryStatus status, Pageable pageable);

	/** When the last of those sources changed, or {@code null} when there is none. */
	@Query("select max(s.updatedAt) from Source s where " + CITED)
	Instant findLastCitedChange(EntryStatus status);

	/** Public sources whose lower-case title is like the pattern, by title. */
	@Query("""
			select new org.rustinwindows.portal.content.SourceListing(s, 0L)
			from Source s
			where (:kind is null or s.kind = :kind)
			  and lower(s.title) like :title escape '\\'
			  and\s""" + CITED + " order by s.title, s.id")
	List<SourceListing> findCited(EntryStatus status, SourceKind kind, String title, Pageable pageable);

	/**
	 * Every source, with how many entries (but those in the trash) cite it, for editors.
	 */
	@Query(value = """
			select new org.rustinwindows.portal.content.SourceListing(s,
			  (select count(e) from Entry e join e.sources es where es = s and e.status <> :trashed))
			from Source s
			where (:title is null or lower(s.title) like :title escape '\\')
			order by s.title, s.id""", countQuery = """
			select count(s) from Source s where (:title is null or lower(s.title) like :title escape '\\')""")
	Page<SourceListing> findForEditors(String title, EntryStatus trashed, Pageable pageable);

	/** The entries in the given state that cite a source, newest first. */
	@Query("""
			select e from Entry e join e.sources s
			where s.id = :sourceId and e.status = :status
			order by e.publishedAt desc, e.id desc""")
	List<Entry> findCiting(long sourceId, EntryStatus status);

	/** The ids of every entry that cites one of these sources, in any state. */
	@Query("select distinct e.id from Entry e join e.sources s where s.id in :sourceIds")
	List<Long> findCitingIds(Collection<Long> sourceIds);

	/** The citations editors pick from in the entry editor. */
	@Query("select new org.rustinwindows.portal.content.SourceRef(s.title, s.url) from Source s order by s.title, s.id")
	List<SourceRef> findCitations(Pageable pageable);

}
