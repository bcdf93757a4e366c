package org.rustinwindows.portal.search;

import java.util.List;

import org.rustinwindows.portal.content.TagCount;
import org.rustinwindows.portal.shared.PageView;

/**
 * The answer to a search: one page of ranked results, how the results divide by kind, tag
 * and year, and, when nothing was found, other things to try.
 *
 * @param hits this page of results
 * @param kinds the results by kind
 * @param tags the results by tag, the most frequent first
 * @param years the results by year, newest first
 * @param correction the query with its misspelled words corrected, when nothing was found
 * and the correction finds something; otherwise {@code null}
 * @param popularTags the most used tags, offered when nothing was found
 */
public record SearchPage(PageView<SearchHit> hits, List<FacetValue> kinds, List<FacetValue> tags,
		List<FacetValue> years, String correction, List<TagCount> popularTags) {

}
