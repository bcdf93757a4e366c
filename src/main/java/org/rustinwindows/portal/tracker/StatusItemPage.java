package org.rustinwindows.portal.tracker;

import java.util.List;

import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.EntryCard;

/**
 * An item's own page: where it stands, its description, its history and the entries that
 * discuss it.
 *
 * @param row the item as the board shows it
 * @param bodyHtml its rendered description
 * @param history its records, newest first
 * @param entries the published entries that discuss it
 * @param changes what readers were told of corrections and updates to its description
 */
public record StatusItemPage(BoardRow row, String bodyHtml, List<StatusHistoryLine> history, List<EntryCard> entries,
		List<ChangeNoteView> changes) {

}
