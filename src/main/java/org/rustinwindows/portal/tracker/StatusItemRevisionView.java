package org.rustinwindows.portal.tracker;

import java.time.Instant;

/**
 * One saved version of an item.
 *
 * @param number its number, from 1
 * @param savedAt when
 * @param editor by whom
 * @param note what the save did
 * @param content the item's content file as it read then
 */
public record StatusItemRevisionView(int number, Instant savedAt, String editor, String note, String content) {

	static StatusItemRevisionView of(StatusItemRevision revision) {
		return new StatusItemRevisionView(revision.getNumber(), revision.getSavedAt(), revision.getEditor(),
				revision.getNote(), revision.getContent());
	}

}
