package org.rustinwindows.portal.tracker;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One saved version of an item, as its content file reads, records included.
 */
@Entity
class StatusItemRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long itemId;

	private int number;

	private Instant savedAt;

	private String editor;

	private String note;

	private String content;

	protected StatusItemRevision() {
	}

	StatusItemRevision(long itemId, int number, Instant savedAt, String editor, String note, String content) {
		this.itemId = itemId;
		this.number = number;
		this.savedAt = savedAt;
		this.editor = editor;
		this.note = note;
		this.content = content;
	}

	int getNumber() {
		return this.number;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

	String getEditor() {
		return this.editor;
	}

	String getNote() {
		return this.note;
	}

	String getContent() {
		return this.content;
	}

}
