package org.rustinwindows.portal.content;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeNoteRepository extends JpaRepository<ChangeNote, Long> {

	/**
	 * Notes readers may see, newest first: those of other modules' pages, and those of
	 * entries that are published.
	 */
	@Query(value = """
			select n from ChangeNote n
			where n.entryId is null
			   or exists (select 1 from Entry e where e.id = n.entryId and e.status = :published)
			order by n.notedAt desc, n.id desc""", countQuery = """
			select count(n) from ChangeNote n
			where n.entryId is null
			   or exists (select 1 from Entry e where e.id = n.entryId and e.status = :published)""")
	Page<ChangeNote> findPublic(EntryStatus published, Pageable pageable);

	List<ChangeNote> findByEntryIdOrderByNotedAtDescIdDesc(long entryId);

	List<ChangeNote> findBySubjectKeyOrderByNotedAtDescIdDesc(String subjectKey);

}
