package org.rustinwindows.portal.search;

/**
 * Counts every match of a search, in all and by kind, tag and year: the first step's
 * second answer, beside the best matches ({@link SiteSearch}). What matches is
 * {@link SiteSearch#required} and {@link SiteSearch#filters};
 * {@code SiteSearchTests.Counts} holds each backend's counter to them.
 */
interface MatchCounter {

	/** The most recent years counted. */
	int MOST_YEARS = 50;

	/**
	 * @param forgiveTypos whether longer words may differ by a typo
	 * @param tagCount how many of the most frequent tags to count
	 */
	MatchCounts count(SearchRequest request, boolean forgiveTypos, int tagCount);

}
