package org.rustinwindows.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A slug a tag had before it was renamed or merged into another; its page answers 301
 * with the tag's current one.
 */
@Entity
class TagAlias {

	@Id
	private String slug;

	private Long tagId;

	protected TagAlias() {
	}

	TagAlias(String slug, Long tagId) {
		this.slug = slug;
		this.tagId = tagId;
	}

	String getSlug() {
		return this.slug;
	}

	Long getTagId() {
		return this.tagId;
	}

	void pointTo(Long tagId) {
		this.tagId = tagId;
	}

}
