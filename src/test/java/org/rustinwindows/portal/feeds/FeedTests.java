package org.rustinwindows.portal.feeds;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every feed, read back by real parsers: Rome for RSS and Atom, Jackson for JSON Feed.
 */
@PortalServerTest
class FeedTests {

	private static final String BASE = "http://localhost:8080";

	private static final String PREFIX = "test-feed-";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed(PREFIX);

	private final MockMvcTester mvc;

	private final FeedCache cache;

	private final TagEditor tags;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	FeedTests(MockMvcTester mvc, FeedCache cache, TagEditor tags, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.cache = cache;
		this.tags = tags;
		this.jdbc = jdbc;
	}

	static Stream<Arguments> feeds() {
		return Stream.of("/", "/articles/", "/timeline/", "/faq/", "/tags/memory-safety/")
			.flatMap((page) -> Stream.of(Arguments.of(page + "feed.xml", "application/rss+xml"),
					Arguments.of(page + "atom.xml", "application/atom+xml")));
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void parseWithEveryRequiredElementAndAbsoluteLinks(String path, String type) throws Exception {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(type + ";charset=UTF-8");
		SyndFeed feed = parse(response.getContentAsByteArray());
		assertThat(feed.getTitle()).startsWith("Rust in Windows");
		assertThat(feed.getLink()).startsWith(BASE + "/");
		assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
		for (SyndEntry entry : feed.getEntries()) {
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getLink()).startsWith(BASE + "/");
			assertThat(entry.getUri()).matches("tag:localhost,2026:entry-\\d+");
			assertThat(entry.getPublishedDate()).isNotNull();
			assertThat(entry.getDescription().getValue()).isNotBlank();
			assertThat(entry.getContents()).singleElement()
				.satisfies((content) -> assertThat(content.getValue()).contains("<p>"));
		}
		List<Date> published = feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
		assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		if (path.endsWith("atom.xml")) {
			assertThat(feed.getUri()).startsWith("tag:localhost,2026:");
			assertThat(feed.getAuthors()).isNotEmpty();
			assertThat(feed.getEntries()).allSatisfy((entry) -> assertThat(entry.getUpdatedDate()).isNotNull()
				.isAfterOrEqualTo(entry.getPublishedDate()));
		}
		else {
			assertThat(feed.getDescription()).isNotBlank();
			assertThat(response.getContentAsString()).contains("<guid isPermaLink=\"false\">tag:localhost,2026:entry-");
		}
	}

	@Test
	void carryOnlyTheirKindOrTag() throws Exception {
		for (String kind : List.of("articles", "timeline", "faq")) {
			assertThat(parse(get("/" + kind + "/feed.xml").getContentAsByteArray()).getEntries())
				.allSatisfy((entry) -> assertThat(entry.getLink()).startsWith(BASE + "/" + kind + "/"));
		}
		assertThat(parse(get("/tags/memory-safety/atom.xml").getContentAsByteArray()).getEntries())
			.allSatisfy((entry) -> assertThat(entry.getCategories())
				.anySatisfy((category) -> assertThat(category.getName()).isEqualTo("Memory safety")));
		SyndFeed site = parse(get("/feed.xml").getContentAsByteArray());
		assertThat(site.getEntries()).extracting(SyndEntry::getLink)
			.anyMatch((link) -> link.contains("/articles/"))
			.anyMatch((link) -> link.contains("/timeline/"))
			.anyMatch((link) -> link.contains("/faq/"));
	}

	@Test
	void putANewlyPublishedEntryOnTopWithItsTitleEscapedAndLeaveOutDraftsAndScheduledOnes() throws Exception {
		String title = "Fish & <chips> \"quoted\" 'single' ]]>";
		publish("top", title, "Memory safety");
		entry("draft", "Draft nobody may see", EntryStatus.DRAFT, null);
		entry("scheduled", "Scheduled for later", EntryStatus.SCHEDULED, Instant.now().plus(30, ChronoUnit.DAYS));
		for (String path : List.of("/feed.xml", "/atom.xml", "/articles/feed.xml", "/tags/memory-safety/atom.xml")) {
			SyndFeed feed = parse(get(path).getContentAsByteArray());
			assertThat(feed.getEntries().get(0).getTitle()).as(path).isEqualTo(title);
			assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
				.as(path)
				.doesNotContain("Draft nobody may see", "Scheduled for later");
		}
		JsonNode json = json(get("/feed.json"));
		assertThat(json.get("items").get(0).get("title").asString()).isEqualTo(title);
		assertThat(json.get("items").findValuesAsString("title")).doesNotContain("Draft nobody may see",
				"Scheduled for later");
	}

	@Test
	void writeJsonFeedOneOne() throws Exception {
		MockHttpServletResponse response = get("/faq/feed.json");
		assertThat(response.getContentType()).isEqualTo("application/feed+json;charset=UTF-8");
		JsonNode feed = json(response);
		assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
		assertThat(feed.get("title").asString()).isEqualTo("Rust in Windows: FAQ");
		assertThat(feed.get("home_page_url").asString()).isEqualTo(BASE + "/faq");
		assertThat(feed.get("feed_url").asString()).isEqualTo(BASE + "/faq/feed.json");
		assertThat(feed.get("items")).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.get("id").asString()).startsWith("tag:localhost,2026:entry-");
			assertThat(item.get("url").asString()).startsWith(BASE + "/faq/");
			assertThat(item.get("content_html").asString()).contains("<p>");
			assertThat(item.get("summary").asString()).isNotBlank();
			assertThat(Instant.parse(item.get("date_published").asString())).isBefore(Instant.now());
			assertThat(Instant.parse(item.get("date_modified").asString())).isNotNull();
		});
	}

	@Test
	void answerAnUnchangedFeedWith304AndAChangedOneInFull() throws Exception {
		MockHttpServletResponse first = get("/atom.xml");
		String etag = first.getHeader(HttpHeaders.ETAG);
		String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(lastModified).isNotBlank();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache").contains("public");

		assertThat(this.mvc.get().uri("/atom.xml").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED)
			.body()
			.isEmpty();
		assertThat(this.mvc.get().uri("/atom.xml").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.hasStatus(HttpStatus.NOT_MODIFIED);

		publish("fresh", "A fresh entry", "Memory safety");
		MockHttpServletResponse changed = this.mvc.get()
			.uri("/atom.xml")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(parse(changed.getContentAsByteArray()).getEntries().get(0).getTitle()).isEqualTo("A fresh entry");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/feed.xml", "/atom.xml", "/feed.json" })
	void leaveOutControlCharactersStoredBeforeEditorsInputWasChecked(String path) throws Exception {
		publish("control", "Stored before checks", "Memory safety");
		this.jdbc.update("update entry set title = ?, summary = ? where slug = ?", "Vertical\u000Btab and nul\u0000",
				"Bell\u0007 summary", PREFIX + "control");
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).isEqualTo(200);
		if (!path.endsWith(".json")) {
			assertThat(parse(response.getContentAsByteArray()).getEntries().get(0).getTitle())
				.isEqualTo("Verticaltab and nul");
		}
	}

	@Test
	void areBuiltOncePerChange() {
		FeedDocument first = this.cache.get(FeedScope.SITE, FeedFormat.RSS);
		assertThat(this.cache.get(FeedScope.SITE, FeedFormat.RSS)).isSameAs(first);
		publish("rebuilt", "An entry that changes the feeds", "Memory safety");
		assertThat(this.cache.get(FeedScope.SITE, FeedFormat.RSS)).isNotSameAs(first);
	}

	@Test
	void answerUnknownTagsWith404AndRenamedOnesWithTheirNewAddress() {
		assertThat(this.mvc.get().uri("/tags/no-such-tag/feed.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/articles/feed.rss")).hasStatus(HttpStatus.NOT_FOUND);
		publish("renamed", "An entry whose tag is renamed", "Feedtag Before");
		try {
			this.tags.rename("feedtag-before", "Feedtag After", "test");
			MockHttpServletResponse moved = get("/tags/feedtag-before/atom.xml");
			assertThat(moved.getStatus()).isEqualTo(301);
			assertThat(moved.getHeader(HttpHeaders.LOCATION)).endsWith("/tags/feedtag-after/atom.xml");
			assertThat(this.mvc.get().uri("/tags/feedtag-after/atom.xml")).hasStatusOk();
		}
		finally {
			entries.deleteAll();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles", "/articles/the-memory-safety-case", "/timeline",
			"/timeline/windows-drivers-rs-goes-public", "/faq", "/faq/can-rust-drivers-use-seh", "/tags",
			"/tags/memory-safety", "/search?q=kernel", "/subscribe" })
	void areAnnouncedOnEveryPage(String path) throws Exception {
		String html = get(path).getContentAsString();
		assertThat(html).contains(
				"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Rust in Windows (RSS)\" href=\"/feed.xml\">")
			.contains(
					"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Rust in Windows (Atom)\" href=\"/atom.xml\">")
			.contains(
					"<link rel=\"alternate\" type=\"application/feed+json\" title=\"Rust in Windows (JSON Feed)\" href=\"/feed.json\">");
	}

	@Test
	void ofATagOrAKindAreAnnouncedOnItsPage() throws Exception {
		assertThat(get("/tags/memory-safety").getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(
				"title=\"Rust in Windows: tagged “Memory safety” (Atom)\"", "href=\"/tags/memory-safety/atom.xml\"");
		assertThat(get("/faq").getContentAsString()).contains("title=\"Rust in Windows: FAQ (JSON Feed)\"",
				"href=\"/faq/feed.json\"");
	}

	@Test
	void areAllListedOnTheSubscribePageWithAddressesThatWork() throws Exception {
		String html = get("/subscribe").getContentAsString();
		List<String> urls = java.util.regex.Pattern.compile("<code class=\"feed-url\">([^<]+)</code>")
			.matcher(html)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(urls).contains(BASE + "/feed.xml", BASE + "/atom.xml", BASE + "/feed.json",
				BASE + "/articles/feed.xml", BASE + "/timeline/atom.xml", BASE + "/faq/feed.json",
				BASE + "/tags/memory-safety/feed.xml");
		assertThat(urls).hasSizeGreaterThan(3 * 4).doesNotHaveDuplicates();
		for (String url : urls) {
			assertThat(get(url.substring(BASE.length())).getStatus()).as(url).isEqualTo(200);
		}
	}

	static Stream<String> everyFeed() {
		return Stream.of("/", "/articles/", "/timeline/", "/faq/", "/tags/memory-safety/")
			.flatMap((page) -> Stream.of(page + "feed.xml", page + "atom.xml", page + "feed.json"));
	}

	@ParameterizedTest
	@MethodSource("everyFeed")
	void areSentGzipCompressedToReadersThatAcceptIt(String path) {
		PortalHttp http = new PortalHttp(this.port);
		HttpResponse<byte[]> compressed = http.getBytes(path, "Accept-Encoding", "gzip");
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
		assertThat(compressed.headers().allValues("Vary")).as(path)
			.anyMatch((vary) -> vary.contains("Accept-Encoding"));
		HttpResponse<byte[]> plain = http.getBytes(path);
		assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
		assertThat(compressed.body().length).as(path).isLessThan(plain.body().length);
	}

	/**
	 * Feed readers show bodies away from the portal, where a relative address leads
	 * nowhere.
	 */
	@Test
	void holdNoRelativeAddressInAnyBody() throws Exception {
		entries.article("links")
			.title("Links in a body")
			.summary("S.")
			.body("![Diagram](/media/0123456789abcdef0123456789abcdef.png) See [the FAQ](/faq) and [below](#later).\n\n"
					+ "## Later\n\nText.")
			.tags("Memory safety")
			.publish();
		for (String path : everyFeed().toList()) {
			MockHttpServletResponse response = get(path);
			List<String> bodies = path.endsWith(".json")
					? json(response).get("items")
						.valueStream()
						.map((item) -> item.get("content_html").asString())
						.toList()
					: parse(response.getContentAsByteArray()).getEntries()
						.stream()
						.map((entry) -> entry.getContents().get(0).getValue())
						.toList();
			assertThat(bodies).as(path)
				.isNotEmpty()
				.noneMatch(
						(body) -> body.contains("href=\"/") || body.contains("src=\"/") || body.contains("href=\"#"));
			if (path.startsWith("/articles/") || path.startsWith("/tags/")) {
				assertThat(bodies).as(path)
					.anySatisfy((body) -> assertThat(body).contains(
							"src=\"" + BASE + "/media/0123456789abcdef0123456789abcdef.png\"",
							"href=\"" + BASE + "/faq\"", "href=\"" + BASE + "/articles/" + PREFIX + "links#later\""));
			}
		}
	}

	@Test
	void dateTimelineItemsByTheirEventsAndNameTheirAuthor() throws Exception {
		entries.event("dated", "2019-05").title("An event of May 2019").summary("S.").body("B.").publish();
		SyndEntry rss = entryTitled(parse(get("/timeline/feed.xml").getContentAsByteArray()), "An event of May 2019");
		SyndEntry atom = entryTitled(parse(get("/timeline/atom.xml").getContentAsByteArray()), "An event of May 2019");
		for (SyndEntry entry : List.of(rss, atom)) {
			DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
			assertThat(dublinCore.getCoverage()).isEqualTo("2019-05");
			assertThat(dublinCore.getCreator()).isEqualTo("Rust in Windows");
			assertThat(entry.getPublishedDate()).as("still the publication")
				.isAfter(Date.from(Instant.parse("2026-01-01T00:00:00Z")));
		}
		assertThat(atom.getAuthors()).extracting(SyndPerson::getName).containsExactly("Rust in Windows");
		JsonNode item = json(get("/timeline/feed.json")).get("items")
			.valueStream()
			.filter((candidate) -> candidate.get("title").asString().equals("An event of May 2019"))
			.findFirst()
			.orElseThrow();
		assertThat(item.get("_timeline").get("event_date").asString()).isEqualTo("2019-05");
		assertThat(item.get("authors").get(0).get("name").asString()).isEqualTo("Rust in Windows");
		SyndEntry article = parse(get("/articles/feed.xml").getContentAsByteArray()).getEntries().get(0);
		assertThat(((DCModule) article.getModule(DCModule.URI)).getCoverage()).as("no event, no date of one").isNull();
	}

	private static SyndEntry entryTitled(SyndFeed feed, String title) {
		return feed.getEntries().stream().filter((entry) -> entry.getTitle().equals(title)).findFirst().orElseThrow();
	}

	private void publish(String slug, String title, String tag) {
		entries.article(slug).title(title).summary("Its summary.").body("Its body.").tags(tag).publish();
	}

	private void entry(String slug, String title, EntryStatus status, Instant at) {
		entries.article(slug).title(title).publishedAt(at).tags("Memory safety").save(status);
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	private static SyndFeed parse(byte[] body) throws Exception {
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
	}

	private static JsonNode json(MockHttpServletResponse response) {
		return JsonMapper.builder().build().readTree(response.getContentAsByteArray());
	}

}
