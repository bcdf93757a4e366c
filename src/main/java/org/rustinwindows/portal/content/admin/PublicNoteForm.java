package org.rustinwindows.portal.content.admin;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.PublicNote;

/**
 * The part of the edit form that tells readers of a change to a published entry, as
 * typed.
 *
 * @param changeKind {@code correction}, {@code update}, or empty for a small edit readers
 * need not hear of
 * @param changeNote the note readers see
 */
record PublicNoteForm(String changeKind, String changeNote) {

	static PublicNoteForm empty() {
		return new PublicNoteForm("", "");
	}

	/**
	 * @return the note, or {@code null} when the editor gave none
	 * @throws EntryRuleException (field {@code changeNote}) for a note without its kind
	 */
	PublicNote note() {
		return PublicNote.read(this.changeKind, this.changeNote);
	}

	public String kindOrEmpty() {
		return (this.changeKind != null) ? this.changeKind : "";
	}

}
