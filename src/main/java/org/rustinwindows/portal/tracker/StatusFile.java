package org.rustinwindows.portal.tracker;

import java.util.List;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EventDate;

/**
 * An item as its content file describes it.
 *
 * @param text what an editor writes of it
 * @param related the entries that discuss it
 * @param history its records, oldest first, each naming its source by slug
 */
public record StatusFile(StatusItemText text, List<EntryRef> related, List<Record> history) {

	/**
	 * One record in a file.
	 *
	 * @param on the day of the evidence, or its month or year
	 * @param status the status it shows
	 * @param source the slug of the source that says so ({@code content/sources/})
	 * @param note one line on what happened
	 */
	public record Record(EventDate on, TrackedStatus status, String source, String note) {

	}

}
