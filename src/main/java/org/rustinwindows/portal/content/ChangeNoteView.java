package org.rustinwindows.portal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A change note as pages and feeds show it.
 *
 * @param id its id, for its anchor and its feed item
 * @param kind correction, update or status
 * @param note what readers are told
 * @param notedAt when
 * @param subjectLabel what the page is, such as "Article" or "Status"
 * @param subjectTitle the page's title when the note was made
 * @param subjectPath the page
 */
public record ChangeNoteView(long id, ChangeKind kind, String note, Instant notedAt, String subjectLabel,
		String subjectTitle, String subjectPath) {

	public LocalDate notedOn() {
		return LocalDate.ofInstant(this.notedAt, ZoneOffset.UTC);
	}

}
