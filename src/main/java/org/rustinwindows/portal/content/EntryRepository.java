package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<Entry, Long>, JpaSpecificationExecutor<Entry> {

	/*
	 * Each order names first the columns that the queries fix (kind, status), then the
	 * index's own, so that the database reads a page from an index in order (V6).
	 */

	/**
	 * Newest first among entries of one kind and status, with the id as tie-breaker so
	 * that paging and previous/next agree.
	 */
	Sort NEWEST_OF_KIND = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("status"), Sort.Order.desc("publishedAt"),
			Sort.Order.desc("id"));

	/** Newest first among entries of one status, of every kind. */
	Sort NEWEST_FIRST = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	Sort EVENTS_OLDEST_FIRST = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("status"), Sort.Order.asc("eventDate"),
			Sort.Order.asc("id"));

	Sort EVENTS_NEWEST_FIRST = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("status"), Sort.Order.desc("eventDate"),
			Sort.Order.desc("id"));

	Sort FAQ_ORDER = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("status"), Sort.Order.asc("faqPosition"),
			Sort.Order.asc("id"));

	Optional<Entry> findByKindAndSlug(EntryKind kind, String slug);

	/** Bypasses the version on purpose: see {@link Entry}'s comment count. */
	@Modifying
	@Query("update Entry e set e.commentCount = :count where e.id = :id")
	int updateCommentCount(long id, int count);

	Slice<Entry> findByStatusNot(EntryStatus status, Pageable pageable);

	boolean existsByKindAndSlug(EntryKind kind, String slug);

	boolean existsByIdAndKind(long id, EntryKind kind);

	Optional<Entry> findByKindAndSlugAndStatus(EntryKind kind, String slug, EntryStatus status);

	/**
	 * The ids of one page of a kind's entries, which an index in its order holds alone.
	 */
	@Query("select e.id from Entry e where e.kind = :kind and e.status = :status")
	List<Long> findIdsByKindAndStatus(EntryKind kind, EntryStatus status, Pageable pageable);

	/** The ids of one page of the entries in a state, of every kind. */
	@Query("select e.id from Entry e where e.status = :status")
	List<Long> findIdsByStatus(EntryStatus status, Pageable pageable);

	@Query("""
			select e from Entry e join e.tags t
			where e.kind = :kind and e.status = :status and t.slug = :tagSlug""")
	List<Entry> findFirstByKindAndStatusAndTag(EntryKind kind, EntryStatus status, String tagSlug, Pageable pageable);

	@Query("""
			select count(e) from Entry e join e.tags t
			where e.kind = :kind and e.status = :status and t.slug = :tagSlug""")
	long countByKindAndStatusAndTag(EntryKind kind, EntryStatus status, String tagSlug);

	/**
	 * The newest entries of a status with one tag, but one: candidates for the entries
	 * related to it. Read in the order of the pageable's sort.
	 */
	@Query("""
			select new org.rustinwindows.portal.content.TaggedEntry(e.id, e.publishedAt)
			from Entry e join e.tags t
			where t.id = :tagId and e.status = :status and e.id <> :excludedId""")
	List<TaggedEntry> findWithTag(Long tagId, Long excludedId, EntryStatus status, Pageable pageable);

	/**
	 * The ids of the entries carrying a tag, in any state, read from the tag's index
	 * alone.
	 */
	@Query(value = "select entry_id from entry_tag where tag_id = :tagId", nativeQuery = true)
	List<Long> findIdsWithTag(Long tagId, Limit limit);

	@Query("""
			select new org.rustinwindows.portal.content.TaggedEntry(e.id, e.publishedAt)
			from Entry e where e.id in :ids and e.status = :status""")
	List<TaggedEntry> findTagged(Collection<Long> ids, EntryStatus status);

	/*
	 * The neighbours in publication order. The plain bound on the date is implied by the
	 * condition after it, but without it H2 reads the index from its start instead of
	 * from the entry's date.
	 */

	@Query("""
			select e from Entry e
			where e.kind = :kind and e.status = :status
			  and e.publishedAt <= :publishedAt
			  and (e.publishedAt < :publishedAt or e.id < :id)
			order by e.kind, e.status, e.publishedAt desc, e.id desc""")
	List<Entry> findOlder(EntryKind kind, EntryStatus status, Instant publishedAt, Long id, Pageable pageable);

	@Query("""
			select e from Entry e
			where e.kind = :kind and e.status = :status
			  and e.publishedAt >= :publishedAt
			  and (e.publishedAt > :publishedAt or e.id > :id)
			order by e.kind, e.status, e.publishedAt asc, e.id asc""")
	List<Entry> findNewer(EntryKind kind, EntryStatus status, Instant publishedAt, Long id, Pageable pageable);

	/**
	 * Entries that name the given one among their links: the other direction of an
	 * explicit link.
	 */
	@Query("select e from Entry e join e.links l where l.id = :targetId and e.status = :status")
	List<Entry> findLinkingTo(Long targetId, EntryStatus status);

	@Query("select distinct e from Entry e left join fetch e.tags where e.id in :ids and e.status = :status")
	List<Entry> findWithTags(Collection<Long> ids, EntryStatus status);

	List<Entry> findByIdInAndStatus(Collection<Long> ids, EntryStatus status);

	long countByKindAndStatus(EntryKind kind, EntryStatus status);

	Page<Entry> findByStatus(EntryStatus status, Pageable pageable);

	Optional<Entry> findByIdAndStatus(long id, EntryStatus status);

	/**
	 * Of these entries, those that cite sources and no primary one: what they say rests
	 * on reports alone.
	 */
	@Query("""
			select e.id from Entry e join e.sources s
			where e.id in :ids
			group by e.id
			having sum(case when s.kind = :primary then 1 else 0 end) = 0""")
	List<Long> findRestingOnReports(Collection<Long> ids, SourceKind primary);

	/**
	 * The next entries in id order after one: a walk over all of them that costs the same
	 * at every step.
	 */
	List<Entry> findByStatusAndIdGreaterThanOrderById(EntryStatus status, long id, Limit limit);

	@Query("""
			select new org.rustinwindows.portal.content.EntryStamp(e.kind, e.slug, e.publishedAt, e.updatedAt)
			from Entry e where e.status = :status order by e.id""")
	List<EntryStamp> findStamps(EntryStatus status, Pageable pageable);

	@Query("select max(e.updatedAt) from Entry e where e.status = :status")
	Instant findLastUpdate(EntryStatus status);

	/** The first entries in the pageable's order, without counting them all. */
	@Query("select e from Entry e where e.status = :status")
	List<Entry> findFirstByStatus(EntryStatus status, Pageable pageable);

	List<Entry> findByStatusAndPublishedAtAfter(EntryStatus status, Instant after, Pageable pageable);

	@Query("select e from Entry e where e.kind = :kind and e.status = :status")
	List<Entry> findFirstByKindAndStatus(EntryKind kind, EntryStatus status, Pageable pageable);

	@Query("select e from Entry e join e.tags t where t.slug = :tagSlug and e.status = :status")
	List<Entry> findFirstByTagAndStatus(String tagSlug, EntryStatus status, Pageable pageable);

	long countByStatus(EntryStatus status);

	@Query("select e from Entry e join e.tags t where t.id = :tagId")
	List<Entry> findByTagId(Long tagId);

	List<Entry> findByStatusAndPublishedAtLessThanEqual(EntryStatus status, Instant time);

	List<Entry> findByStatus(EntryStatus status);

	/** Whether any entry's Markdown holds the text; reads every entry. */
	boolean existsByBodyMarkdownContaining(String text);

}
