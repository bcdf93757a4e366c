package org.rustinwindows.portal.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default OpenSearch layout (an index {@code entry-000001} behind the
 * aliases {@code entry-write} and {@code entry-read}), with every name started by
 * {@code portal.search.index-prefix}.
 */
class PrefixedIndexLayout implements IndexLayoutStrategy {

	/** An index's name: its unique key, then its generation. */
	private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	PrefixedIndexLayout(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	/** How Hibernate Search tells its indexes apart in what OpenSearch answers. */
	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher name = GENERATION.matcher(elasticsearchIndexName);
		if (!name.matches()) {
			throw new IllegalArgumentException("Not an index of this layout: " + elasticsearchIndexName);
		}
		return name.group(1);
	}

}
