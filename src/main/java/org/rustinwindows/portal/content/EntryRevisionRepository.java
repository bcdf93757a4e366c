package org.rustinwindows.portal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryRevisionRepository extends JpaRepository<EntryRevision, Long> {

	List<EntryRevision> findByEntryIdOrderByNumberDesc(Long entryId);

	Optional<EntryRevision> findByEntryIdAndNumber(Long entryId, int number);

	Optional<EntryRevision> findFirstByEntryIdOrderByNumberDesc(Long entryId);

	/** Whether any revision's document holds the text; reads every revision. */
	boolean existsByDocumentContaining(String text);

}
