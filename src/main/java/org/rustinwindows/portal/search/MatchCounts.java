package org.rustinwindows.portal.search;

import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.content.EntryKind;

/**
 * Every match of a search counted, in all and by kind, tag and year.
 *
 * @param total how many published entries match
 * @param kinds the matches by kind
 * @param tags the matches of the most frequent tags, by tag slug, most frequent first
 * @param years the matches by year, newest first
 */
record MatchCounts(long total, Map<EntryKind, Long> kinds, List<Map.Entry<String, Long>> tags,
		List<Map.Entry<Integer, Long>> years) {

	static final MatchCounts NONE = new MatchCounts(0, Map.of(), List.of(), List.of());

}
