package org.rustinwindows.portal.tracker;

import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceRef;

/**
 * A status record as an editor or a content file gives it.
 *
 * @param on the day of the evidence, or its month or year when only those are known
 * @param status the status it shows
 * @param note one line on what happened
 * @param source the source that says so, by its title and address
 */
public record StatusChangeRecord(EventDate on, TrackedStatus status, String note, SourceRef source) {

}
