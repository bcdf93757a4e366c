package org.rustinwindows.portal.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Hibernate Search is handed for each backend: each gets its own settings, and
 * OpenSearch's replace the embedded index's that application.properties gives.
 */
class SearchBackendSettingsTests {

	/** What application.properties gives. */
	private static final Map<String, Object> CONFIGURED = Map.of("hibernate.search.backend.type", "lucene",
			"hibernate.search.backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName());

	@Test
	void theEmbeddedIndexGetsItsFolderUnderTheDataDirectoryAndItsLuceneVersion() {
		Map<String, Object> settings = customized(SearchBackend.LUCENE, null, null);
		assertThat(settings).containsAllEntriesOf(CONFIGURED)
			.containsEntry("hibernate.search.backend.directory.root", Path.of("data", "search-index").toString())
			.containsEntry("hibernate.search.backend.lucene_version", "LATEST")
			.doesNotContainKeys("hibernate.search.backend.uris", "hibernate.search.backend.layout.strategy");
	}

	@Test
	void openSearchGetsItsAddressesAnalyzersAndLayoutInstead() {
		Map<String, Object> settings = customized(SearchBackend.OPENSEARCH, null, null);
		assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.uris", "http://search-1:9200,http://search-2:9200")
			.containsEntry("hibernate.search.backend.analysis.configurer",
					"class:" + OpenSearchAnalysis.class.getName())
			.containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync")
			.doesNotContainKeys("hibernate.search.backend.directory.root", "hibernate.search.backend.lucene_version",
					"hibernate.search.backend.username");
		assertThat(settings.get("hibernate.search.backend.layout.strategy")).isInstanceOf(PrefixedIndexLayout.class);
	}

	@Test
	void openSearchGetsItsSignInWhenOneIsConfigured() {
		assertThat(customized(SearchBackend.OPENSEARCH, "portal", "secret"))
			.containsEntry("hibernate.search.backend.username", "portal")
			.containsEntry("hibernate.search.backend.password", "secret");
	}

	@Test
	void indexNamesStartWithThePrefixAndAreReadBack() {
		PrefixedIndexLayout layout = new PrefixedIndexLayout("staging-");
		assertThat(layout.createInitialElasticsearchIndexName("entry")).isEqualTo("staging-entry-000001");
		assertThat(layout.createReadAlias("entry")).isEqualTo("staging-entry-read");
		assertThat(layout.createWriteAlias("entry")).isEqualTo("staging-entry-write");
		assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("staging-entry-000001"))
			.isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("entry"));
	}

	private static Map<String, Object> customized(SearchBackend backend, String username, String password) {
		Map<String, Object> settings = new HashMap<>(CONFIGURED);
		new SearchBackendSettings(new SearchBackendProperties(backend,
				List.of(URI.create("http://search-1:9200"), URI.create("http://search-2:9200")), "portal-",
				Duration.ofMinutes(1), Duration.ofMinutes(10), username, password), Path.of("data"))
			.customize(settings);
		return settings;
	}

}
