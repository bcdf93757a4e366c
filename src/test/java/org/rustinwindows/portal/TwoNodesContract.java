package org.rustinwindows.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.csrfToken;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;
import static org.rustinwindows.portal.testsupport.PortalForms.hiddenFields;
import static org.rustinwindows.portal.testsupport.PortalForms.sessionCookie;

/**
 * Two portal nodes on one database, as an operator runs them behind one address: what one
 * node commits, the other serves on its next request, from pages it had kept; a sign-in,
 * a comment form and scheduled publishing work across them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodesContract {

	private static final String PASSWORD = "two-nodes-password";

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	int managementPortB;

	private PortalHttp httpB;

	@BeforeAll
	void startTwoNodes(@TempDir Path dataDirs) {
		List<String> database = database();
		// One after the other: the first seeds the database, the second finds it seeded.
		this.nodeA = node(dataDirs.resolve("a"), database);
		// Node B's Actuator has a port of its own, as an operator gives it for a scraper.
		this.managementPortB = freePort();
		List<String> withManagementPort = new ArrayList<>(database);
		withManagementPort.add("--management.server.port=" + this.managementPortB);
		// A free port is only free until taken: the public one must not be the one just
		// chosen for Actuator, which nothing listens on yet.
		int publicPortB = freePort();
		while (publicPortB == this.managementPortB) {
			publicPortB = freePort();
		}
		withManagementPort.add("--server.port=" + publicPortB);
		this.nodeB = node(dataDirs.resolve("b"), withManagementPort);
		this.httpB = new PortalHttp(port(this.nodeB));
	}

	/** The arguments that point both nodes at one new database. */
	abstract List<String> database();

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

	@Test
	void aSignInOnOneNodeHoldsOnTheOther() throws Exception {
		HttpResponse<String> form = send(this.nodeA, HttpRequest.newBuilder().GET(), "/login", null);
		String signIn = "username=admin&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrfToken(form.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(this.nodeA,
				HttpRequest.newBuilder()
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(signIn)),
				"/login", sessionCookie(form));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));

		HttpResponse<String> dashboard = send(this.nodeB, HttpRequest.newBuilder().GET(), "/admin/articles",
				sessionCookie(signedIn));
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Sign out");
	}

	@Test
	void anImportStartedOnOneNodeIsFollowedOnTheOther() throws Exception {
		String session = signIn(this.nodeA);
		HttpResponse<String> page = send(this.nodeA, HttpRequest.newBuilder().GET(), "/admin/transfer", session);
		HttpResponse<String> started = send(this.nodeA,
				HttpRequest.newBuilder()
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("_csrf=" + URLEncoder.encode(csrfToken(page.body()), StandardCharsets.UTF_8))),
				"/admin/transfer/import-folder", session);
		assertThat(started.statusCode()).isEqualTo(302);
		String progress = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();

		Instant deadline = Instant.now().plusSeconds(60);
		HttpResponse<String> followed = send(this.nodeB, HttpRequest.newBuilder().GET(), progress, session);
		while (!followed.body().contains("<strong>Done</strong>")) {
			assertThat(followed.statusCode()).as("node B shows node A's import").isEqualTo(200);
			assertThat(followed.body()).contains("Import of the content folder");
			assertThat(Instant.now()).as("done within a minute").isBefore(deadline);
			Thread.sleep(200);
			followed = send(this.nodeB, HttpRequest.newBuilder().GET(), progress, session);
		}
		assertThat(followed.body()).contains("unchanged");
	}

	private static String signIn(ConfigurableApplicationContext node) throws Exception {
		HttpResponse<String> form = send(node, HttpRequest.newBuilder().GET(), "/login", null);
		String fields = "username=admin&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrfToken(form.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(node,
				HttpRequest.newBuilder()
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(fields)),
				"/login", sessionCookie(form));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return sessionCookie(signedIn);
	}

	@Test
	void aCommentFormShownByOneNodePostsOnTheOther() throws Exception {
		long article = this.nodeA.getBean(EntryWriter.class)
			.create(article("two-nodes-discussed", "Discussed on two nodes"));
		HttpResponse<String> posted = comment(this.nodeA, this.nodeB, article, "Shown by A, posted on B.");
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
	}

	@Test
	void aScraperReadsANodesMetricsOnItsManagementPortAndNoOneOnThePublicOne() throws Exception {
		this.httpB.get("/faq");
		HttpResponse<String> scraped = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.managementPortB + "/actuator/prometheus"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("portal_page_cache_lookups_total{result=\"miss\"}",
				"http_server_requests_seconds_bucket{");
		assertThat(this.httpB.get("/actuator/prometheus").statusCode()).isEqualTo(302);
	}

	/** Fetches a comment form from one node and sends it, filled in, to another. */
	static HttpResponse<String> comment(ConfigurableApplicationContext shownBy, ConfigurableApplicationContext postedTo,
			long article, String body) throws IOException, InterruptedException {
		HttpResponse<String> form = send(shownBy, HttpRequest.newBuilder().GET(), "/comments/new?target=" + article,
				null);
		assertThat(form.statusCode()).isEqualTo(200);
		StringBuilder fields = new StringBuilder("name=Reader&email=&website=&body=")
			.append(URLEncoder.encode(body, StandardCharsets.UTF_8));
		hiddenFields(form.body()).forEach((name, value) -> fields.append('&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		assertThat(fields).contains("&token=", "&_csrf=");
		return send(postedTo,
				HttpRequest.newBuilder()
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(fields.toString())),
				"/comments", sessionCookie(form));
	}

	@Test
	void aScheduledEntryIsPublishedOnceThoughBothNodesLook() throws Exception {
		Instant due = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		NewEntry scheduled = new NewEntry(EntryKind.ARTICLE, "two-nodes-scheduled", "Scheduled on two nodes",
				"A summary.", "A body.", EntryStatus.SCHEDULED, due, due, null, null, List.of(), List.of());
		this.nodeA.getBean(EntryWriter.class).create(scheduled);
		Instant deadline = Instant.now().plusSeconds(20);
		while (this.httpB.get("/articles/two-nodes-scheduled").statusCode() != 200) {
			assertThat(Instant.now()).as("published within 20 s").isBefore(deadline);
			Thread.sleep(100);
		}
		// Long enough for both nodes to have looked again.
		Thread.sleep(1000);
		assertThat(this.nodeB.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from audit_event where action = 'published as scheduled' "
					+ "and target like '%two-nodes-scheduled%'", Integer.class))
			.isEqualTo(1);
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request,
			String path, String cookie) throws IOException, InterruptedException {
		request.uri(URI.create("http://localhost:" + port(node) + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static NewEntry article(String slug, String title) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return new NewEntry(EntryKind.ARTICLE, slug, title, "A summary.", "A body.", EntryStatus.PUBLISHED, now, now,
				null, null, List.of(), List.of());
	}

	private static ConfigurableApplicationContext node(Path dataDir, List<String> database) {
		List<String> arguments = new ArrayList<>(database);
		if (arguments.stream().noneMatch((argument) -> argument.startsWith("--server.port="))) {
			arguments.add("--server.port=" + freePort());
		}
		arguments.addAll(List.of("--portal.data-dir=" + dataDir, "--portal.seed.content-dir=content",
				"--portal.admin.password=" + PASSWORD,
				// A form may be sent at once: the robot check has tests of its own.
				"--portal.comments.min-fill-time=0s",
				// Both nodes look for due entries often enough to meet.
				"--portal.content.publish-check-interval=100ms"));
		return new SpringApplicationBuilder(PortalApplication.class).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

}
