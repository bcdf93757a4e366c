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
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The content module's services on top of a JPA test slice: the base package without the
 * reader pages and editor screens, with a clock that stands still unless a test moves it,
 * and the rendering budget the renderer runs within.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RenderBudget.class)
@EnableConfigurationProperties({ RenderingProperties.class, ContentProperties.class })
@ComponentScan(basePackageClasses = ContentCatalog.class,
		excludeFilters = {
				@ComponentScan.Filter(type = FilterType.REGEX,
						pattern = "org\\.rustinwindows\\.portal\\.content\\.(web|admin)\\..*"),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
						classes = { ScheduledPublisher.class, RareTagReader.class }) })
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

	@Bean
	ContentVersionInRolledBackTests contentVersionInRolledBackTests(ContentVersion version) {
		return new ContentVersionInRolledBackTests(version);
	}

	/**
	 * Moves the {@link ContentVersion} in tests whose transactions roll back. The portal
	 * moves it once a change has committed, which such a test never does, so what is kept
	 * until content changes ({@link ReaderPages}' counts) would outlive the test's own
	 * changes and the test itself. Here it moves as soon as a change is made, and again
	 * when the test's transaction ends.
	 */
	static class ContentVersionInRolledBackTests {

		private final ContentVersion version;

		ContentVersionInRolledBackTests(ContentVersion version) {
			this.version = version;
		}

		@EventListener
		void entryChanged(EntryChanged change) {
			moveNowAndAtTheEnd();
		}

		@EventListener
		void tagChanged(TagChanged change) {
			moveNowAndAtTheEnd();
		}

		private void moveNowAndAtTheEnd() {
			this.version.moveHere();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						ContentVersionInRolledBackTests.this.version.moveHere();
					}
				});
			}
		}

	}

}
