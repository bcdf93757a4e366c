package org.rustinwindows.portal.tracker;

/**
 * A record with the item it belongs to, as the board's feed lists it.
 *
 * @param slug the item's slug
 * @param title the item's title
 * @param line the record
 */
public record StatusRecordView(String slug, String title, StatusHistoryLine line) {

	public String url() {
		return StatusBoard.urlOf(this.slug) + "#record-" + this.line.id();
	}

}
