package org.rustinwindows.portal.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Moves Hibernate Search to OpenSearch when {@link SearchBackendProperties} says so, so
 * that an operator switches by {@code portal.search.*} alone. The embedded Lucene index's
 * settings are {@code application.properties}' (where the tests' slices find them too);
 * on OpenSearch they are replaced, since Hibernate Search warns about settings no backend
 * uses.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchBackendProperties properties;

	private final Path luceneRoot;

	SearchBackendSettings(SearchBackendProperties properties, @Value("${portal.data-dir}") Path dataDir) {
		this.properties = properties;
		this.luceneRoot = luceneRoot(dataDir);
	}

	/** Where the embedded index keeps its files, and the marks beside them. */
	static Path luceneRoot(Path dataDir) {
		return dataDir.resolve("search-index");
	}

	@Override
	public void customize(Map<String, Object> hibernate) {
		if (this.properties.backend() != SearchBackend.OPENSEARCH) {
			hibernate.put(BACKEND + "directory.root", this.luceneRoot.toString());
			// The Lucene that Hibernate Search brings; the index fingerprint includes it,
			// so an upgrade rebuilds the index.
			hibernate.put(BACKEND + "lucene_version", "LATEST");
			return;
		}
		hibernate.put(BACKEND + "type", "elasticsearch");
		hibernate.put(BACKEND + "uris",
				this.properties.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
		if (this.properties.username() != null) {
			hibernate.put(BACKEND + "username", this.properties.username());
			hibernate.put(BACKEND + "password", (this.properties.password() != null) ? this.properties.password() : "");
		}
		hibernate.put(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
		hibernate.put(BACKEND + "layout.strategy", new PrefixedIndexLayout(this.properties.indexPrefix()));
		// An index written by another mapping is rebuilt by SearchIndexOnStartup rather
		// than refused at start-up, as Hibernate Search's default validation would.
		hibernate.put("hibernate.search.schema_management.strategy", "create");
		// Each commit waits until its changes are searchable, as on Lucene: a page
		// rendered
		// after the commit (and cached under the new content version) must find them.
		hibernate.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
	}

}
