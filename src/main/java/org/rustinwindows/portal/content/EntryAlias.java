package org.rustinwindows.portal.content;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A slug a published entry had before it was renamed. Its old URL answers 301 with the
 * entry's current one.
 */
@Entity
class EntryAlias {

	@EmbeddedId
	private Key key;

	private Long entryId;

	protected EntryAlias() {
	}

	EntryAlias(EntryKind kind, String slug, Long entryId) {
		this.key = new Key(kind, slug);
		this.entryId = entryId;
	}

	Long getEntryId() {
		return this.entryId;
	}

	void pointTo(Long entryId) {
		this.entryId = entryId;
	}

	/**
	 * An old address: kind and slug.
	 *
	 * @param kind the kind of entry
	 * @param slug the old slug
	 */
	@Embeddable
	record Key(@Enumerated(EnumType.STRING) EntryKind kind, String slug) implements Serializable {

	}

}
