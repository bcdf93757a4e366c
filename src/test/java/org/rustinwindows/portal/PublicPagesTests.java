package org.rustinwindows.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running portal over HTTP, on the repository's own seeded content.
 */
@PortalServerTest
class PublicPagesTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-");

	@LocalServerPort
	int port;

	PortalHttp http() {
		return new PortalHttp(this.port);
	}

	@Nested
	class EveryPageType {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/articles", "/articles/the-memory-safety-case", "/articles/wdm-vs-wdf-in-rust",
				"/timeline", "/timeline?order=oldest&tag=bluehat-il-2023", "/timeline/windows-drivers-rs-goes-public",
				"/faq", "/faq/can-rust-drivers-use-seh", "/tags", "/tags/memory-safety", "/search",
				"/search?q=KeBugCheckEx", "/search?q=nothing-matches-this", "/search?q=rsut",
				"/search?q=kernel&kind=faq&tag=windows-kernel", "/search?tag=memory-safety&year=2023",
				"/search?q=driver&page=2", "/subscribe", "/subscribe/email", "/sources", "/sources?kind=report",
				"/sources/thurrott-rewriting-windows-kernel-in-rust", "/sources/windows-drivers-rs-repository",
				"/status", "/status?group=kernel", "/status?sort=changed", "/status/wdk-sys",
				"/status/seh-interception" })
		void answersWithValidHtml(String path) throws Exception {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(HtmlChecker.errors(response.body())).as("Nu Html Checker errors on %s", path).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/nope", "/articles/no-such-article", "/tags/no-such-tag", "/articles?page=999",
				"/articles?page=abc", "/timeline?order=sideways", "/search?q=kernel&page=0",
				"/search?q=kernel&kind=blog", "/search?q=kernel&page=99", "/notifications/confirm?token=1.forged",
				"/notifications/subscription/unsubscribe?token=", "/sources/no-such-source", "/sources?kind=rumour",
				"/sources?page=99", "/status/no-such-item", "/status?group=firmware", "/status?sort=sideways",
				"/changes?page=99", "/changes?page=abc" })
		void answersErrorsWithAValidStyledPage(String path) throws Exception {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).isBetween(400, 499);
			assertThat(response.body()).contains("class=\"site-header\"").doesNotContain("Whitelabel", "Exception");
			assertThat(HtmlChecker.errors(response.body())).as("Nu Html Checker errors on %s", path).isEmpty();
		}

	}

	@Test
	void eventsThatRestOnReportsAloneAreMarkedWhereverTheyShow() {
		assertThat(http().get("/timeline?order=oldest").body()).containsPattern(
				"href=\"/timeline/bluehat-il-2023-crawl-walk-run\"[^<]*</a><span class=\"reported-badge\"");
		assertThat(http().get("/timeline/bluehat-il-2023-crawl-walk-run").body())
			.contains("Reported</strong>, not confirmed");
	}

	@Test
	void searchOffersMatchingStatusItemsAndSourcesAboveTheResults() {
		assertThat(http().get("/search?q=wdk-sys").body()).contains("On the status board and among the sources",
				"href=\"/status/wdk-sys\"", "experimental");
		assertThat(http().get("/search?q=thurrott+kernel").body())
			.contains("href=\"/sources/thurrott-rewriting-windows-kernel-in-rust\"");
		assertThat(http().get("/search?q=wdk-sys&kind=faq").body()).doesNotContain("On the status board");
	}

	@Test
	void showsA404PageForUnknownSlugs() {
		HttpResponse<String> response = http().get("/articles/no-such-article");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Page not found</h1>");
	}

	@Test
	void neverShowsADraft() {
		entries.article("a-draft-nobody-may-see")
			.title("Secret draft")
			.summary("Not yet")
			.body("Draft body")
			.tags("Memory safety")
			.asWritten()
			.draft();
		assertThat(http().get("/articles/test-a-draft-nobody-may-see").statusCode()).isEqualTo(404);
		assertThat(http().get("/articles").body()).doesNotContain("Secret draft");
		assertThat(http().get("/tags/memory-safety").body()).doesNotContain("Secret draft");
		assertThat(http().get("/search?q=Secret+draft").body()).doesNotContain("test-a-draft-nobody-may-see");
	}

	@Test
	void neverShowsATagThatOnlyDraftsCarry() {
		entries.article("draft-tag-only")
			.title("Draft with its own tag")
			.summary("Not yet")
			.body("Draft body")
			.tags("Unannounced Project")
			.asWritten()
			.draft();
		for (String path : List.of("/tags/unannounced-project", "/tags/unannounced-project/feed.xml",
				"/tags/unannounced-project/atom.xml", "/tags/unannounced-project/feed.json")) {
			HttpResponse<String> response = http().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Unannounced Project");
		}
		assertThat(http().get("/tags").body()).doesNotContain("Unannounced Project");
	}

	@Test
	void servesTheSeededContent() {
		String articles = http().get("/articles").body();
		assertThat(articles).contains("The memory-safety case behind Rust in Windows");
		String timeline = http().get("/timeline?order=oldest").body();
		assertThat(timeline.indexOf("id=\"year-2018\"")).isLessThan(timeline.indexOf("id=\"year-2025\""));
		assertThat(http().get("/faq").body()).contains("What is windows-drivers-rs?");
	}

	/**
	 * The icons a browser or a phone's home screen asks for, named by every page's head.
	 */
	@Test
	void theIconsAndTheManifestAreServed() {
		String home = http().get("/").body();
		for (String rel : List.of("icon", "apple-touch-icon", "manifest")) {
			Matcher link = Pattern.compile("<link rel=\"" + rel + "\"[^>]* href=\"([^\"]+)\"").matcher(home);
			assertThat(link.find()).as(rel).isTrue();
			assertThat(http().getBytes(link.group(1)).statusCode()).as(link.group(1)).isEqualTo(200);
		}
		HttpResponse<String> manifest = http().get("/assets/site.webmanifest");
		assertThat(manifest.body()).contains("\"images/icon-192.png\"", "\"images/icon-512.png\"");
		for (String icon : List.of("/assets/images/icon-192.png", "/assets/images/icon-512.png")) {
			HttpResponse<byte[]> png = http().getBytes(icon);
			assertThat(png.statusCode()).as(icon).isEqualTo(200);
			assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		}
	}

	/**
	 * The highlighter is only for pages with code, loaded by site.js once a block comes
	 * near the window; its colours are in the site's own stylesheet, so that it blocks no
	 * page's first paint.
	 */
	@Test
	void loadTheCodeHighlighterOnlyWhereThereIsCode() {
		for (String path : List.of("/articles/windows-drivers-rs-and-cargo-wdk", "/articles/the-memory-safety-case")) {
			assertThat(http().get(path).body()).as(path)
				.containsPattern(
						"<meta name=\"code-highlighter\" content=\"/webjars/highlightjs/[^\"]*/highlight\\.min[^\"]*\">")
				.doesNotContainPattern("<script src=\"/webjars/highlightjs")
				.doesNotContainPattern("<link rel=\"stylesheet\" href=\"/webjars/highlightjs");
		}
		for (String path : List.of("/", "/articles", "/timeline", "/faq/what-is-windows-drivers-rs", "/tags",
				"/search?q=kernel", "/subscribe")) {
			assertThat(http().get(path).body()).as(path).doesNotContain("highlightjs");
		}
	}

	@Test
	void pageNumbersFollowWhatIsPublished() {
		assertThat(http().get("/faq").body()).doesNotContain("Page 1 of 2");
		for (int n = 1; n <= 13; n++) {
			entries.question("counted-" + n, 200 + n)
				.title("Counted question " + n + "?")
				.summary("A summary.")
				.body("An answer.")
				.publish();
		}
		assertThat(http().get("/faq").body()).contains("Page 1 of 2");
		assertThat(http().get("/faq?page=2").body()).contains("Counted question 13?");
		entries.deleteAll();
		assertThat(http().get("/faq").body()).doesNotContain("Page 1 of 2");
		assertThat(http().get("/faq?page=2").statusCode()).isEqualTo(404);
	}

	@Nested
	class Http {

		@Test
		void letsARepeatVisitRevalidateWithAnEtag() {
			HttpResponse<String> first = http().get("/articles/the-memory-safety-case");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			// Strong: the page cache keeps each representation's exact bytes.
			assertThat(etag).matches("\"[0-9a-f]{32}\"");
			assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");

			HttpResponse<String> repeat = http().get("/articles/the-memory-safety-case", "If-None-Match", etag);
			assertThat(repeat.statusCode()).isEqualTo(304);
			assertThat(repeat.body()).isEmpty();
		}

		@Test
		void compressesPages() throws IOException {
			HttpResponse<byte[]> response = http().getBytes("/articles/the-memory-safety-case", "Accept-Encoding",
					"gzip");
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).contains("memory-safety case");
			}
		}

		@Test
		void fingerprintsStaticAssetsAndLetsThemBeCachedForAYear() {
			// A page with code, which names the highlighter's files too, and the type the
			// page preloads.
			String page = http().get("/articles/windows-drivers-rs-and-cargo-wdk").body();
			List<String> assets = assetUrls(page);
			assertThat(assets).hasSizeGreaterThanOrEqualTo(5)
				.allSatisfy((url) -> assertThat(url).matches("/(assets|webjars)/.*-[0-9a-f]{32}\\.(css|js|woff2)"));
			for (String asset : assets) {
				HttpResponse<String> response = http().get(asset);
				assertThat(response.statusCode()).as(asset).isEqualTo(200);
				assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(asset)
					.contains("max-age=31536000")
					.contains("public");
			}
		}

		@Test
		void loadsNothingFromOtherHosts() {
			String page = http().get("/articles/windows-drivers-rs-and-cargo-wdk").body();
			assertThat(assetUrls(page)).allSatisfy((url) -> assertThat(url).doesNotContain("//"));
		}

		private static List<String> assetUrls(String page) {
			Matcher matcher = Pattern
				.compile("<(?:link rel=\"(?:stylesheet|preload)\"|script|meta name=\"code-highlighter\")[^>]*"
						+ "(?:href|src|content)=\"([^\"]+)\"")
				.matcher(page);
			return matcher.results().map((result) -> result.group(1)).toList();
		}

	}

}
