package org.rustinwindows.portal.discovery;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

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

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntryWriter writer;

	@Autowired
	EditorialDesk desk;

	@Autowired
	EntryLifecycle lifecycle;

	@AfterEach
	void deleteEntries() {
		TestEntries.deleteMatching(this.desk, this.lifecycle, "test-sitemap-");
	}

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
		this.writer.create(new EntryFile(new NewEntry(EntryKind.ARTICLE, "test-sitemap-draft", "Draft", "Summary.",
				"Body.", EntryStatus.DRAFT, null, null, null, null, List.of(), List.of()), List.of()), "test");
		assertThat(sitemap()).doesNotContain("test-sitemap-draft");
		this.writer.create(new EntryFile(new NewEntry(EntryKind.FAQ, "test-sitemap-new", "New?", "Summary.", "Body.",
				EntryStatus.PUBLISHED, null, null, null, 99, List.of(), List.of()), List.of()), "test");
		assertThat(sitemap()).contains("<loc>" + BASE + "/faq/test-sitemap-new</loc>");
	}

	@Test
	void sitemapPartsThatDoNotExistAre404() {
		assertThat(this.mvc.get().uri("/sitemaps/1.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemaps/99.xml")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String sitemap() {
		return new String(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
