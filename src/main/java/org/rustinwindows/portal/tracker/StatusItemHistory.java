package org.rustinwindows.portal.tracker;

import java.util.List;

/**
 * An item as the board shows it, with every record of how it stood.
 *
 * @param row the item as the board shows it
 * @param history its records, newest first
 */
public record StatusItemHistory(BoardRow row, List<StatusHistoryLine> history) {

}
