package org.rustinwindows.portal.content;

import java.util.List;

/**
 * A source's own page: what it is, and what cites it.
 *
 * @param source what is known of it
 * @param entries the published entries that cite it, newest first
 * @param others what other modules publish that cites it (such as status changes)
 */
public record SourcePage(SourceView source, List<EntryCard> entries, List<SourceCiter> others) {

}
