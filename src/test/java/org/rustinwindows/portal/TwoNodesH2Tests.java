package org.rustinwindows.portal;

import java.util.List;

/**
 * Two nodes on one H2 database in memory, which nodes in one process can share: the
 * embedded default serves one node, but what the nodes share is the same on it.
 */
class TwoNodesH2Tests extends TwoNodesContract {

	@Override
	List<String> database() {
		return List.of("--spring.datasource.url=jdbc:h2:mem:two-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

}
