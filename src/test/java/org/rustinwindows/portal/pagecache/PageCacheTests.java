package org.rustinwindows.portal.pagecache;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache in the running portal: a kept page is the page as rendered, headers and
 * all, and every kind of change to content shows on the very next request.
 */
@PortalServerTest
class PageCacheTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-pagecache-");

	@LocalServerPort
	int port;

	private final EntryLifecycle lifecycle;

	private final TagEditor tags;

	PageCacheTests(EntryLifecycle lifecycle, TagEditor tags) {
		this.lifecycle = lifecycle;
		this.tags = tags;
	}

	private PortalHttp http() {
		return new PortalHttp(this.port);
	}

	private String page(String path) {
		return http().get(path).body();
	}

	private static Map<String, List<String>> headersButTheDate(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles", "/articles/the-memory-safety-case", "/timeline?order=oldest", "/faq",
			"/tags", "/tags/memory-safety", "/subscribe", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml",
			"/robots.txt", "/search?q=driver" })
	void servesAKeptPageAsItWasRendered(String path) {
		HttpResponse<byte[]> first = http().getBytes(path, "Accept-Encoding", "gzip");
		HttpResponse<byte[]> again = http().getBytes(path, "Accept-Encoding", "gzip");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(headersButTheDate(again)).isEqualTo(headersButTheDate(first));
		assertThat(again.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(again.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(again.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(again.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(again.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		String etag = again.headers().firstValue("ETag").orElseThrow();
		assertThat(http().getBytes(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void showsAnEditAtOnce() {
		long id = entries.article("edited").title("Before the edit").publish();
		assertThat(page("/articles/test-pagecache-edited")).contains("Before the edit");
		assertThat(page("/articles")).contains("Before the edit");
		entries.change(EntryKind.ARTICLE, id).title("After the edit").update();
		assertThat(page("/articles/test-pagecache-edited")).contains("After the edit")
			.doesNotContain("Before the edit");
		assertThat(page("/articles")).contains("After the edit");
	}

	@Test
	void showsAPublicationAndAnUnpublicationAtOnce() {
		long id = entries.article("published").title("Published later").draft();
		assertThat(page("/articles")).doesNotContain("Published later");
		assertThat(http().get("/articles/test-pagecache-published").statusCode()).isEqualTo(404);
		entries.change(EntryKind.ARTICLE, id).update(EntryStatus.PUBLISHED);
		assertThat(page("/articles")).contains("Published later");
		assertThat(http().get("/articles/test-pagecache-published").statusCode()).isEqualTo(200);
		entries.change(EntryKind.ARTICLE, id).update(EntryStatus.DRAFT);
		assertThat(page("/articles")).doesNotContain("Published later");
		assertThat(http().get("/articles/test-pagecache-published").statusCode()).isEqualTo(404);
	}

	@Test
	void showsAScheduledPublicationAtOnce() throws InterruptedException {
		entries.article("scheduled").title("Published on schedule").schedule(Instant.now().plusMillis(1500));
		assertThat(page("/articles")).doesNotContain("Published on schedule");
		Thread.sleep(1600);
		this.lifecycle.publishDue();
		assertThat(page("/articles")).contains("Published on schedule");
	}

	@Test
	void showsATrashedEntryGoneAtOnce() {
		long id = entries.article("trashed").title("Soon in the trash").publish();
		assertThat(page("/articles/test-pagecache-trashed")).contains("Soon in the trash");
		entries.trash(id);
		assertThat(http().get("/articles/test-pagecache-trashed").statusCode()).isEqualTo(404);
		assertThat(page("/articles")).doesNotContain("Soon in the trash");
	}

	@Test
	void showsTagRenamesAndMergesAtOnce() {
		entries.article("tagged").title("Tagged entry").tags("Pagecache Before").publish();
		entries.article("other").title("Other entry").tags("Pagecache Target").publish();
		assertThat(page("/tags")).contains("Pagecache Before");
		this.tags.rename("pagecache-before", "Pagecache Renamed", "test");
		assertThat(page("/tags")).contains("Pagecache Renamed").doesNotContain("Pagecache Before");
		assertThat(page("/articles/test-pagecache-tagged")).contains("Pagecache Renamed");
		this.tags.merge("pagecache-renamed", "pagecache-target", "test");
		assertThat(page("/tags")).doesNotContain("Pagecache Renamed");
		assertThat(page("/articles/test-pagecache-tagged")).contains("Pagecache Target");
	}

}
