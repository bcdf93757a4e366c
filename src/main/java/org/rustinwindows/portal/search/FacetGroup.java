package org.rustinwindows.portal.search;

import java.util.List;

/**
 * One facet as the results page shows it: its values as links that narrow the search, or,
 * for the chosen value, widen it again.
 *
 * @param heading the facet's name
 * @param clearLabel the text of the link that removes the facet's filter
 * @param clearUrl that link's address, or {@code null} when no value is chosen
 * @param values the values with their counts
 */
public record FacetGroup(String heading, String clearLabel, String clearUrl, List<Link> values) {

	public boolean isEmpty() {
		return this.values.isEmpty() && this.clearUrl == null;
	}

	/**
	 * @param label the value as readers see it
	 * @param count how many results have it
	 * @param url where the link leads: narrowed by the value, or without it once chosen
	 * @param selected whether the value is the one chosen
	 */
	public record Link(String label, long count, String url, boolean selected) {

	}

}
