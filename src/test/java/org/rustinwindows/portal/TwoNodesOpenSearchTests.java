package org.rustinwindows.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.media.MediaLibrary;
import org.rustinwindows.portal.testsupport.EnabledIfOpenSearchAvailable;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.OpenSearchTestServer;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes as they run when readers outgrow one machine: a new database on a real
 * PostgreSQL server and one index on a real OpenSearch node, both shared, and uploaded
 * images in the database, configured by properties alone.
 */
@EnabledIfPostgresAvailable
@EnabledIfOpenSearchAvailable
class TwoNodesOpenSearchTests extends TwoNodesContract {

	private final String name = "two_nodes_search_" + Long.toHexString(System.nanoTime());

	@Override
	List<String> database() {
		List<String> arguments = new ArrayList<>(PostgresTestDatabase.freshDatabase(this.name));
		arguments.addAll(List.of("--portal.search.backend=opensearch",
				"--portal.search.uris=" + OpenSearchTestServer.url(),
				"--portal.search.index-prefix=" + this.name.replace('_', '-') + "-", "--portal.media.store=database"));
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

	@Test
	void anImageUploadedThroughOneNodeIsServedByTheOther() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		String url = this.nodeA.getBean(MediaLibrary.class).store(png);

		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(this.nodeB) + url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(png);
		assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(served.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((caching) -> assertThat(caching).contains("max-age=31536000", "immutable"));
	}

}
