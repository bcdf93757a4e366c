package org.rustinwindows.portal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.testsupport.EnabledIfOpenSearchAvailable;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.OpenSearchTestServer;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes as they run when readers outgrow one machine: a new database on a real
 * PostgreSQL server and one index on a real OpenSearch node, both shared, configured by
 * properties alone.
 */
@EnabledIfPostgresAvailable
@EnabledIfOpenSearchAvailable
class TwoNodesOpenSearchTests extends TwoNodesContract {

	private final String name = "two_nodes_search_" + Long.toHexString(System.nanoTime());

	@Override
	List<String> database() {
		List<String> arguments = new ArrayList<>(PostgresTestDatabase.freshDatabase(this.name));
		arguments
			.addAll(List.of("--portal.search.backend=opensearch", "--portal.search.uris=" + OpenSearchTestServer.url(),
					"--portal.search.index-prefix=" + this.name.replace('_', '-') + "-"));
		return arguments;
	}

	@Test
	void anEntryPublishedOnOneNodeIsFoundByTheOthersSearch() {
		PortalHttp http = new PortalHttp(port(this.nodeB));
		assertThat(http.get("/search?q=zindlequark").body()).doesNotContain("two-nodes-searched");

		this.nodeA.getBean(EntryWriter.class).create(article("two-nodes-searched", "Zindlequark on node A"));

		assertThat(http.get("/search?q=zindlequark").body()).contains("two-nodes-searched");
		assertThat(http.get("/search/suggest?q=zindleq").body()).contains("Zindlequark on node A");
	}

}
