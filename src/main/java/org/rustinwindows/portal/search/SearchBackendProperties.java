package org.rustinwindows.portal.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search index lives: the only settings an operator changes to move search from
 * the embedded index to a shared OpenSearch cluster ({@code PORTAL_SEARCH_BACKEND},
 * {@code PORTAL_SEARCH_URIS}).
 *
 * @param backend the embedded Lucene index (the default) or OpenSearch
 * @param uris the OpenSearch nodes, for {@link SearchBackend#OPENSEARCH}
 * @param indexPrefix the start of the OpenSearch index's name, so that several portals
 * (say, staging and production) can share one cluster
 * @param catchUpInterval on OpenSearch, how often one node indexes again the entries
 * changed lately, and mends the index where it holds other entries than the database:
 * what a node killed between a commit and its indexing left out
 * @param catchUpLookBack how far back each pass looks for changed entries: more than the
 * interval, so that a pass that one node missed is made up by the next
 * @param username for an OpenSearch cluster that asks for a sign-in (its security
 * plugin), with {@code password}; other settings of Hibernate Search's backend go under
 * {@code spring.jpa.properties.hibernate.search.backend.*}
 * @param password the password of {@code username}
 */
@Validated
@ConfigurationProperties("portal.search")
record SearchBackendProperties(@NotNull @DefaultValue("lucene") SearchBackend backend,
		@NotEmpty @DefaultValue("http://localhost:9200") List<URI> uris,
		@Pattern(regexp = "[a-z0-9][a-z0-9_-]*") @DefaultValue("portal-") String indexPrefix,
		@NotNull @DefaultValue("1m") Duration catchUpInterval, @NotNull @DefaultValue("10m") Duration catchUpLookBack,
		String username, String password) {

}
