package org.rustinwindows.portal.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How search answers.
 *
 * @param resultsPerPage results on one page of {@code /search}
 * @param maxPages the deepest page served: past it, readers are asked to narrow the
 * search, so that no request makes the index collect an unbounded number of hits
 * @param maxQueryLength the longest query accepted, in characters
 * @param suggestions how many matches {@code /search/suggest} returns
 * @param tagFacets how many tags the tag facet lists
 * @param popularTags how many tags an empty result offers instead
 * @param rerankWindow how many of the best matches are ranked again with the costlier
 * signals (a prefix in the body, words next to each other); pages past them keep the
 * cheaper order
 * @param cacheSize how many searches (query and filters) keep their matches, counts and
 * best ids until content changes; 0 keeps none
 * @param countingThreads how many searches at a time count their matches on another
 * thread while they find the best ones, when fewer are under way; by default half the
 * cores, 0 for none (every search then counts after it ranks)
 */
@Validated
@ConfigurationProperties("portal.search")
record SearchProperties(@Min(1) @Max(100) @DefaultValue("10") int resultsPerPage,
		@Min(1) @DefaultValue("100") int maxPages, @Min(10) @DefaultValue("200") int maxQueryLength,
		@Min(1) @Max(20) @DefaultValue("6") int suggestions, @Min(1) @DefaultValue("12") int tagFacets,
		@Min(0) @DefaultValue("12") int popularTags, @Min(1) @Max(1000) @DefaultValue("100") int rerankWindow,
		@Min(0) @DefaultValue("1000") int cacheSize, @Min(0) Integer countingThreads) {

	/** {@link #countingThreads}, or half the cores when it is not set. */
	int countingThreadsOrDefault() {
		return (this.countingThreads != null) ? this.countingThreads : Runtime.getRuntime().availableProcessors() / 2;
	}

}
