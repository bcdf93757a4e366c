package org.rustinwindows.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A topic shared by entries of every kind, with a stable slug for its URL and a display
 * name.
 */
@Entity
class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

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
