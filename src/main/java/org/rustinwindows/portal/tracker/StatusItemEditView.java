package org.rustinwindows.portal.tracker;

import java.util.List;

import org.rustinwindows.portal.content.EntryRef;

/**
 * An item as its editor opens it.
 *
 * @param id its id
 * @param version the version the editor's form sends back
 * @param text what an editor writes of it
 * @param related the entries it links to
 * @param history its records, newest first
 */
public record StatusItemEditView(long id, long version, StatusItemText text, List<EntryRef> related,
		List<StatusHistoryLine> history) {

	public String url() {
		return StatusBoard.urlOf(this.text.slug());
	}

}
