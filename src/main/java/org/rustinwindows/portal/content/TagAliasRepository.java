package org.rustinwindows.portal.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TagAliasRepository extends JpaRepository<TagAlias, String> {

	List<TagAlias> findByTagId(Long tagId);

}
