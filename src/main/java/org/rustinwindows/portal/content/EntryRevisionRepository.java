package org.rustinwindows.portal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryRevisionRepository extends JpaRepository<EntryRevision, Long> {

	List<EntryRevision> findByEntryIdOrderByNumberDesc(Long entryId);

	Optional<EntryRevision> findByEntryIdAndNumber(Long entryId, int number);

	Optional<EntryRevision> findFirstByEntryIdOrderByNumberDesc(Long entryId);

}
