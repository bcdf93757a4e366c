package org.rustinwindows.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A topic shared by entries of every kind, with a stable slug for its URL and a display
 * name.
 */
@Entity
class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(aggregable = Aggregable.YES)
	private String slug;

	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER)
	private String name;

	protected Tag() {
	}

	Tag(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	void rename(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

}
