package org.rustinwindows.portal.search;

/**
 * Where the search index lives ({@code portal.search.backend}).
 */
enum SearchBackend {

	/**
	 * An embedded Lucene index in a folder under the data directory: one node, nothing
	 * else to run. Nodes must not share the folder.
	 */
	LUCENE,

	/**
	 * One index on an OpenSearch cluster, shared by every node (Hibernate Search's
	 * Elasticsearch backend, which speaks to OpenSearch too).
	 */
	OPENSEARCH

}
