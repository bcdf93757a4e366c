package org.rustinwindows.portal.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryAliasRepository extends JpaRepository<EntryAlias, EntryAlias.Key> {

	List<EntryAlias> findByEntryId(Long entryId);

}
