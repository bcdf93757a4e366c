package org.rustinwindows.portal.content;

import java.time.Instant;

import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderingProperties;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * The content module's services on top of a JPA test slice: everything but the web layer,
 * with a clock that stands still unless a test moves it, and the rendering budget the
 * renderer runs within.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RenderBudget.class)
@EnableConfigurationProperties({ RenderingProperties.class, ContentProperties.class })
@ComponentScan(basePackageClasses = ContentCatalog.class,
		excludeFilters = { @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { ScheduledPublisher.class,
						EntryEditorPage.class, EntryDiscussion.class, RareTagReader.class }) })
public class ContentTestConfiguration {

	public static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	/** Starts at {@link #NOW}; tests that move it put it back afterwards. */
	@Bean
	MutableClock clock() {
		return new MutableClock(NOW);
	}

	/**
	 * Tags on more than two entries count as common, so that the contract tests read tags
	 * both ways without thousands of entries.
	 */
	@Bean
	RareTagReader rareTagReader(EntryRepository entries) {
		return new RareTagReader(entries, RARE_TAG_BOUND);
	}

	public static final int RARE_TAG_BOUND = 2;

}
