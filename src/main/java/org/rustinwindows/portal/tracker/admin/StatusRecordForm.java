package org.rustinwindows.portal.tracker.admin;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.tracker.StatusChangeRecord;
import org.rustinwindows.portal.tracker.TrackedStatus;

/**
 * The form that records how an item stands, as typed.
 *
 * @param on the day of the evidence: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param status the status's word
 * @param note one line on what happened
 * @param sourceTitle the source's title: a known one, or a new one
 * @param sourceUrl the source's address, if any
 */
record StatusRecordForm(String on, String status, String note, String sourceTitle, String sourceUrl) {

	static StatusRecordForm empty() {
		return new StatusRecordForm("", "", "", "", "");
	}

	/**
	 * @throws EntryRuleException when the date or the status cannot be read
	 */
	StatusChangeRecord record() {
		EventDate day;
		try {
			day = EventDate.parse(orEmpty(this.on));
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRuleException("on", "Give the day of the evidence: YYYY-MM-DD, or YYYY-MM or YYYY.");
		}
		TrackedStatus chosen;
		try {
			chosen = TrackedStatus.fromWord(orEmpty(this.status));
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRuleException("status", "Choose a status.");
		}
		SourceRef source = (this.sourceTitle != null && !this.sourceTitle.isBlank())
				? new SourceRef(this.sourceTitle, this.sourceUrl) : null;
		return new StatusChangeRecord(day, chosen, this.note, source);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
