package org.rustinwindows.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.testsupport.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one database, as an operator runs them behind one address: what one
 * node commits, the other serves on its next request, from pages it had kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private static final String DATABASE = "jdbc:h2:mem:two-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private PortalHttp httpB;

	@BeforeAll
	void startTwoNodes(@TempDir Path dataDirs) {
		// One after the other: the first seeds the database, the second finds it seeded.
		this.nodeA = node(dataDirs.resolve("a"));
		this.nodeB = node(dataDirs.resolve("b"));
		this.httpB = new PortalHttp(port(this.nodeB));
	}

	@AfterAll
	void stopThem() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeA, this.nodeB }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void anEntryPublishedOnOneNodeIsOnTheOthersKeptPagesAtItsNextRequest() {
		List<String> pages = List.of("/", "/articles", "/feed.xml", "/sitemap.xml");
		pages.forEach((page) -> assertThat(this.httpB.get(page).body()).doesNotContain("two-nodes-article"));
		assertThat(this.httpB.get("/articles/two-nodes-article").statusCode()).isEqualTo(404);

		this.nodeA.getBean(EntryWriter.class).create(article("two-nodes-article", "Published on node A"));

		pages.forEach((page) -> assertThat(this.httpB.get(page).body()).as(page).contains("two-nodes-article"));
		assertThat(this.httpB.get("/articles/two-nodes-article").body()).contains("Published on node A");
	}

	private static NewEntry article(String slug, String title) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return new NewEntry(EntryKind.ARTICLE, slug, title, "A summary.", "A body.", EntryStatus.PUBLISHED, now, now,
				null, null, List.of(), List.of());
	}

	private static ConfigurableApplicationContext node(Path dataDir) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=" + freePort(),
				"--portal.data-dir=" + dataDir, "--portal.seed.content-dir=content",
				"--portal.admin.password=two-nodes-password", "--spring.datasource.url=" + DATABASE);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
