package org.rustinwindows.portal.content;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How content is listed and published.
 *
 * @param publishCheckInterval how often scheduled entries that are due get published
 * @param articlesPerPage articles on one page of {@code /articles}
 * @param eventsPerTimelinePage events on one page of {@code /timeline}: enough for years
 * of real events, while a page stays small however many there are
 * @param questionsPerFaqPage questions on one page of {@code /faq}
 * @param entriesPerTagPage entries on one page of a tag
 * @param entriesPerAdminPage entries on one page of the editors' lists and the trash
 */
@Validated
@ConfigurationProperties("portal.content")
record ContentProperties(@DefaultValue("30s") Duration publishCheckInterval,
		@Min(1) @Max(100) @DefaultValue("10") int articlesPerPage,
		@Min(1) @Max(200) @DefaultValue("50") int eventsPerTimelinePage,
		@Min(1) @Max(200) @DefaultValue("25") int questionsPerFaqPage,
		@Min(1) @Max(100) @DefaultValue("20") int entriesPerTagPage,
		@Min(1) @Max(200) @DefaultValue("25") int entriesPerAdminPage) {

}
