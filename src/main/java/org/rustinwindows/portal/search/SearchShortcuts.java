package org.rustinwindows.portal.search;

import java.util.List;

/**
 * What a module with pages outside the entry index (the status board) offers the search
 * page: its pages whose name matches every word, shown above the results. Implemented
 * there, so that this module needs to know nothing of theirs.
 */
public interface SearchShortcuts {

	/**
	 * @param words the words the reader typed, lower case
	 * @param most how many to give at most
	 * @return the matching pages, best first
	 */
	List<Shortcut> matching(List<String> words, int most);

	/**
	 * A page the search offers above its results.
	 *
	 * @param label what it is, such as "Status" or "Source"
	 * @param title its name
	 * @param url its page
	 * @param note a few words after it, such as an item's status, or {@code null}
	 */
	record Shortcut(String label, String title, String url, String note) {

	}

}
