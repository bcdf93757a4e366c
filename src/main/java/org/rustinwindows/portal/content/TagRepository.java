package org.rustinwindows.portal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	/**
	 * Each tag carried by a published entry, with the latest change among those entries.
	 */
	@Query("""
			select new org.rustinwindows.portal.content.PageStamp(concat('/tags/', t.slug), max(e.updatedAt))
			from Entry e join e.tags t
			where e.status = :status
			group by t.slug
			order by t.slug""")
	List<PageStamp> stamps(EntryStatus status);

	/**
	 * Every tag with the number of entries (in any state but the trash) that carry it.
	 */
	@Query("""
			select new org.rustinwindows.portal.content.TagUsage(t.slug, t.name,
			  (select count(e) from Entry e join e.tags et where et = t and e.status <> :trashed))
			from Tag t
			order by lower(t.name), t.id""")
	List<TagUsage> usage(EntryStatus trashed);

	/** The tag that once had this slug, before a rename or merge. */
	@Query("select t from Tag t, TagAlias a where a.slug = :slug and a.tagId = t.id")
	Optional<Tag> findByAlias(String slug);

	/**
	 * Tags with the number of published entries carrying them; tags only drafts carry are
	 * left out.
	 */
	@Query("""
			select new org.rustinwindows.portal.content.TagCount(t.slug, t.name, count(e))
			from Entry e join e.tags t
			where e.status = :status
			group by t.slug, t.name
			order by t.name""")
	List<TagCount> countByStatus(EntryStatus status);

}
