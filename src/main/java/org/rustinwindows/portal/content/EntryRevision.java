package org.rustinwindows.portal.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One saved state of an entry: who saved it, when, why, and the whole entry in the
 * content-file format. Revisions are never changed; restoring one adds a new one.
 */
@Entity
class EntryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long entryId;

	private int number;

	private String author;

	private Instant createdAt;

	private String note;

	private String document;

	protected EntryRevision() {
	}

	EntryRevision(Long entryId, int number, String author, Instant createdAt, String note, String document) {
		this.entryId = entryId;
		this.number = number;
		this.author = author;
		this.createdAt = createdAt;
		this.note = note;
		this.document = document;
	}

	Long getEntryId() {
		return this.entryId;
	}

	int getNumber() {
		return this.number;
	}

	String getAuthor() {
		return this.author;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getNote() {
		return this.note;
	}

	String getDocument() {
		return this.document;
	}

}
