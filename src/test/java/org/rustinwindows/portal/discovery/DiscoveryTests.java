package org.rustinwindows.portal.discovery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * robots.txt and the sitemap of the seeded portal.
 */
@PortalServerTest
class DiscoveryTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-sitemap-");

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvcTester mvc;

	@Test
	void robotsKeepCrawlersOutOfAdminAndSearchAndNameTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.bodyText()
			.contains("User-agent: *\n", "Disallow: /admin\n", "Disallow: /search\n", "Disallow: /login\n",
					"Sitemap: " + BASE + "/sitemap.xml\n");
	}

	@Test
	void sitemapListsEveryPublishedEntryAndTagPageWithTheirLastChange() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/sitemap.xml").exchange().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		SitemapSchema.validateUrlSet(response.getContentAsByteArray());
		String xml = response.getContentAsString();
		assertThat(xml).contains("<loc>" + BASE + "/</loc>", "<loc>" + BASE + "/articles/the-memory-safety-case</loc>",
				"<loc>" + BASE + "/timeline/windows-drivers-rs-goes-public</loc>",
				"<loc>" + BASE + "/faq/does-windows-drivers-rs-support-kmdf</loc>",
				"<loc>" + BASE + "/tags/memory-safety</loc>");
		int urls = xml.split("<url>").length - 1;
		assertThat(xml.split("<lastmod>")).hasSize(urls + 1);
		assertThat(urls).isGreaterThanOrEqualTo(38 + 5);
	}

	@Test
	void sitemapFollowsPublicationAndLeavesDraftsOut() {
		entries.article("draft").title("Draft").draft();
		assertThat(sitemap()).doesNotContain("test-sitemap-draft");
		entries.question("new", 99).title("New?").publish();
		assertThat(sitemap()).contains("<loc>" + BASE + "/faq/test-sitemap-new</loc>");
	}

	@Test
	void sitemapPartsThatDoNotExistAre404() {
		assertThat(this.mvc.get().uri("/sitemaps/1.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemaps/99.xml")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/                                               | BreadcrumbList
			/articles                                       | BreadcrumbList
			/articles/the-memory-safety-case                | BreadcrumbList, Article
			/timeline/windows-drivers-rs-goes-public        | BreadcrumbList, Article
			/faq                                            | BreadcrumbList, FAQPage
			/faq/does-windows-drivers-rs-support-kmdf       | BreadcrumbList, FAQPage
			/tags/memory-safety                             | BreadcrumbList
			/subscribe                                      | BreadcrumbList
			""")
	void pagesDescribeThemselvesInJsonLd(String path, String types) {
		List<JsonNode> nodes = jsonLd(page(path));
		assertThat(nodes).extracting((node) -> node.get("@type").asString()).containsExactly(types.split(",\\s*"));
		assertThat(nodes)
			.allSatisfy((node) -> assertThat(node.get("@context").asString()).isEqualTo("https://schema.org"));
		JsonNode trail = nodes.get(0).get("itemListElement");
		assertThat(trail.get(0).get("item").asString()).isEqualTo(BASE + "/");
		assertThat(trail.get(trail.size() - 1).get("item").asString()).isEqualTo(BASE + path);
	}

	@Test
	void articlesCarryTheirFactsInJsonLd() {
		JsonNode article = jsonLd(page("/articles/the-memory-safety-case")).get(1);
		assertThat(article.get("headline").asString()).isEqualTo("The memory-safety case behind Rust in Windows");
		assertThat(article.get("url").asString()).isEqualTo(BASE + "/articles/the-memory-safety-case");
		assertThat(java.time.Instant.parse(article.get("datePublished").asString())).isNotNull();
		assertThat(article.get("citation")).isNotEmpty();
		JsonNode event = jsonLd(page("/timeline/windows-drivers-rs-goes-public")).get(1);
		assertThat(event.get("about").get("@type").asString()).isEqualTo("Event");
		JsonNode faq = jsonLd(page("/faq")).get(1);
		assertThat(faq.get("mainEntity")).hasSizeGreaterThanOrEqualTo(13)
			.allSatisfy((question) -> assertThat(question.get("acceptedAnswer").get("text").asString()).isNotBlank());
	}

	/**
	 * The page's bytes, and so its ETag, must not change when the portal restarts:
	 * members come in the order written, never in a hash order that each start of the JVM
	 * picks.
	 */
	@Test
	void jsonLdWritesItsMembersInAFixedOrder() {
		String html = page("/faq/does-windows-drivers-rs-support-kmdf");
		assertThat(html)
			.contains("{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\","
					+ "\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"" + BASE
					+ "/\"}")
			.contains("\"mainEntity\":[{\"@type\":\"Question\",\"name\":")
			.contains("\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":");
	}

	@Test
	void jsonLdCannotBeClosedByATitle() {
		String title = "Break </script><script>alert(1)</script> & more";
		entries.article("hostile").title(title).publish();
		String html = page("/articles/test-sitemap-hostile");
		assertThat(html).doesNotContain("<script>alert(1)");
		assertThat(jsonLd(html).get(1).get("headline").asString()).isEqualTo(title);
	}

	@Test
	void pagesNameTheirCanonicalAddressAndOpenGraphTags() {
		String article = page("/articles/the-memory-safety-case");
		assertThat(article).contains("<link rel=\"canonical\" href=\"" + BASE + "/articles/the-memory-safety-case\">",
				"<meta property=\"og:type\" content=\"article\">",
				"<meta property=\"og:url\" content=\"" + BASE + "/articles/the-memory-safety-case\">",
				"<meta property=\"og:title\" content=\"The memory-safety case behind Rust in Windows\">",
				"<meta name=\"twitter:card\" content=\"summary_large_image\">");
		assertThat(page("/articles?page=1")).contains("<link rel=\"canonical\" href=\"" + BASE + "/articles\">")
			.contains("<meta property=\"og:type\" content=\"website\">");
		assertThat(page("/articles/the-memory-safety-case?receipt=x"))
			.contains("<link rel=\"canonical\" href=\"" + BASE + "/articles/the-memory-safety-case\">");
		assertThat(page("/search?q=kernel")).contains("<meta name=\"robots\" content=\"noindex\">");
		assertThat(this.mvc.get().uri("/no-such-page").exchange().getResponse().getContentAsByteArray())
			.asString(StandardCharsets.UTF_8)
			.doesNotContain("rel=\"canonical\"");
	}

	private String page(String path) {
		return new String(this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	private static List<JsonNode> jsonLd(String html) {
		JsonMapper json = JsonMapper.builder().build();
		return Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html)
			.results()
			.map((match) -> json.readTree(match.group(1)))
			.toList();
	}

	private String sitemap() {
		return new String(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
