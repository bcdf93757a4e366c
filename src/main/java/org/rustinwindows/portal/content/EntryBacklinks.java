package org.rustinwindows.portal.content;

import java.util.List;

/**
 * What a module that links to entries from pages of its own (the status board) offers an
 * entry's page: links back. Implemented there, so that this module needs to know nothing
 * of theirs.
 */
public interface EntryBacklinks {

	/** The published pages that link to the entry. */
	List<Backlink> to(long entryId);

	/**
	 * A link back from another module's page.
	 *
	 * @param label what the page is, such as "Status"
	 * @param title what to show as the link
	 * @param url the page
	 * @param note a few words after the link, such as the item's status, or {@code null}
	 */
	record Backlink(String label, String title, String url, String note) {

	}

}
