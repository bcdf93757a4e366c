package org.rustinwindows.portal.search;

import org.rustinwindows.portal.content.EntryKind;

/**
 * One search as {@code /search} received it, already validated.
 *
 * @param query what the reader typed
 * @param kind only entries of this kind, or {@code null} for every kind
 * @param tag only entries with the tag of this slug, or {@code null}
 * @param year only entries filed under this year, or {@code null}
 * @param page the page of results, from 1
 */
public record SearchRequest(ReaderQuery query, EntryKind kind, String tag, Integer year, int page) {

	/** The same search, on its first page: what it finds, whatever page is shown. */
	public SearchRequest firstPage() {
		return (this.page == 1) ? this : new SearchRequest(this.query, this.kind, this.tag, this.year, 1);
	}

	public boolean isFiltered() {
		return this.kind != null || this.tag != null || this.year != null;
	}

	/**
	 * Whether there is anything to search for: words, or at least one filter to browse
	 * by.
	 */
	public boolean isEmpty() {
		return this.query.isEmpty() && !isFiltered();
	}

}
