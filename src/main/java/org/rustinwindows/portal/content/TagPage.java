package org.rustinwindows.portal.content;

import org.rustinwindows.portal.shared.PageView;

/**
 * A tag with one page of the published entries that carry it.
 *
 * @param tag the tag
 * @param entries entries of every kind, newest first
 */
public record TagPage(TagRef tag, PageView<EntryCard> entries) {

}
