package org.rustinwindows.portal.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One public note of a change after publication. Never changed once made.
 */
@Entity
class ChangeNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	private String note;

	private Instant notedAt;

	private String editor;

	private Long entryId;

	private String subjectKey;

	private String subjectLabel;

	private String subjectTitle;

	private String subjectPath;

	protected ChangeNote() {
	}

	ChangeNote(ChangeKind kind, String note, Instant notedAt, String editor, Long entryId, String subjectKey,
			String subjectLabel, String subjectTitle, String subjectPath) {
		this.kind = kind;
		this.note = note;
		this.notedAt = notedAt;
		this.editor = editor;
		this.entryId = entryId;
		this.subjectKey = subjectKey;
		this.subjectLabel = subjectLabel;
		this.subjectTitle = subjectTitle;
		this.subjectPath = subjectPath;
	}

	ChangeNoteView view() {
		return new ChangeNoteView(this.id, this.kind, this.note, this.notedAt, this.subjectLabel, this.subjectTitle,
				this.subjectPath);
	}

}
