package org.rustinwindows.portal.tracker;

import java.time.Instant;

import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceCitation;

/**
 * One record as an item's history shows it.
 *
 * @param id the record's id, for its anchor
 * @param on the day of the evidence, or its month or year
 * @param status the status it shows
 * @param note what happened
 * @param source the source that says so
 * @param recordedAt when it was recorded: what "new since your last visit" compares
 */
public record StatusHistoryLine(long id, EventDate on, TrackedStatus status, String note, SourceCitation source,
		Instant recordedAt) {

	static StatusHistoryLine of(StatusChange change, SourceCitation source) {
		return new StatusHistoryLine(change.getId(), change.getOn(), change.getStatus(), change.getNote(), source,
				change.getRecordedAt());
	}

	/** Whether it rests on a report alone, not on Microsoft's own word. */
	public boolean reported() {
		return this.source != null && this.source.isReport();
	}

}
