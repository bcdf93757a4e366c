package org.rustinwindows.portal.search;

import java.util.List;

/**
 * What the first step of a search found for a query and its filters, whatever the page:
 * enough to serve any page of it.
 *
 * @param total how many published entries match
 * @param forgiveTypos whether they match only once typos are forgiven
 * @param best the ids of the best matches by the first step's weighing, best first: as
 * many as the window of the second step holds
 * @param kinds the matches by kind
 * @param tags the matches by tag, the most frequent first
 * @param years the matches by year, newest first
 * @param correction the query with its misspelled words corrected, when nothing was found
 * and the correction finds something; otherwise {@code null}
 */
record Matches(long total, boolean forgiveTypos, List<Long> best, List<FacetValue> kinds, List<FacetValue> tags,
		List<FacetValue> years, String correction) {

}
