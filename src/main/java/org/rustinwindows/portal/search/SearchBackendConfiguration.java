package org.rustinwindows.portal.search;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.rustinwindows.portal.shared.ClusterJobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of search that differ by backend ({@link SearchBackendProperties#backend()}):
 * how matches are counted, where "did you mean" finds its words, and how the index is
 * checked at start-up and kept up with the database. The rest (ranking, highlights,
 * suggestions) is Hibernate Search's query language, the same on both.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	private final SearchBackendProperties properties;

	private final EntityManagerFactory entityManagerFactory;

	SearchBackendConfiguration(SearchBackendProperties properties, EntityManagerFactory entityManagerFactory) {
		this.properties = properties;
		this.entityManagerFactory = entityManagerFactory;
	}

	private boolean onOpenSearch() {
		return this.properties.backend() == SearchBackend.OPENSEARCH;
	}

	@Bean
	MatchCounter matchCounter() {
		return onOpenSearch() ? new AggregationMatchCounter(this.entityManagerFactory)
				: new LuceneMatchCounter(this.entityManagerFactory);
	}

	@Bean
	SpellingCorrector spellingCorrector() {
		return new SpellingCorrector(
				onOpenSearch() ? new OpenSearchKnownWords(new OpenSearchRequests(this.entityManagerFactory))
						: new LuceneKnownWords(this.entityManagerFactory));
	}

	@Bean
	SearchIndexOnStartup searchIndexOnStartup(ClusterJobs jobs, ObjectProvider<SearchIndexCatchUp> catchUp,
			@Value("${portal.data-dir}") Path dataDir) {
		return new SearchIndexOnStartup(this.entityManagerFactory, onOpenSearch() ? SearchIndexOnStartup.Engine.shared(
				new OpenSearchIndexMeta(new OpenSearchRequests(this.entityManagerFactory)), catchUp.getObject(), jobs)
				: SearchIndexOnStartup.Engine.embedded(SearchBackendSettings.luceneRoot(dataDir)));
	}

	@Bean
	@ConditionalOnProperty(name = "portal.search.backend", havingValue = "opensearch")
	SearchIndexCatchUp searchIndexCatchUp(BulkIndexing bulkIndexing, ClusterJobs jobs, Clock clock) {
		return new SearchIndexCatchUp(this.entityManagerFactory, bulkIndexing, jobs, this.properties, clock);
	}

}
