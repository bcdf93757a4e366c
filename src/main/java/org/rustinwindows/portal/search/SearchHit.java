package org.rustinwindows.portal.search;

import org.rustinwindows.portal.content.EntryCard;

/**
 * One result.
 *
 * @param entry the entry as lists show it
 * @param titleHtml the title with the matched words marked, or {@code null} when the
 * title did not match; HTML-escaped except for the {@code <mark>} elements
 * @param snippetHtml a passage of the body or summary with the matched words marked, or
 * {@code null} when neither matched; escaped like the title
 */
public record SearchHit(EntryCard entry, String titleHtml, String snippetHtml) {

}
