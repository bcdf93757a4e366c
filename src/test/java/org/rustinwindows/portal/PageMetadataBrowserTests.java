package org.rustinwindows.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a feed reader, a search engine or a link preview reads from each public page type,
 * as Chromium parses it: feed autodiscovery, the canonical address, Open Graph and
 * Twitter tags, and JSON-LD that parses (and raises no console error, CSP included).
 */
@PortalServerTest
@EnabledIfBrowserAvailable
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageMetadataBrowserTests {

	private static final String BASE = "http://localhost:8080";

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	void openPage(Chromium chromium) {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterAll
	void closePage() {
		this.context.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles", "/articles/the-memory-safety-case", "/timeline",
			"/timeline/windows-drivers-rs-goes-public", "/faq", "/faq/does-windows-drivers-rs-support-kmdf", "/tags",
			"/tags/memory-safety", "/subscribe", "/search?q=kernel" })
	void carriesFeedsCanonicalAddressOpenGraphAndJsonLd(String path) {
		this.consoleErrors.clear();
		this.page.navigate("http://localhost:" + this.port + path);
		String canonical = BASE + path.replaceAll("\\?.*", "");
		assertThat(this.page.locator("head link[rel=alternate][type='application/rss+xml'][href='/feed.xml']"))
			.hasCount(1);
		assertThat(this.page.locator("head link[rel=alternate][type='application/atom+xml'][href='/atom.xml']"))
			.hasCount(1);
		assertThat(this.page.locator("head link[rel=alternate][type='application/feed+json'][href='/feed.json']"))
			.hasCount(1);
		assertThat(this.page.locator("head link[rel=canonical]")).hasAttribute("href", canonical);
		assertThat(this.page.locator("head meta[property='og:url']")).hasAttribute("content", canonical);
		assertThat(this.page.locator("head meta[property='og:title']")).hasAttribute("content",
				this.page.title().replace(" · Rust in Windows", ""));
		assertThat(this.page.locator("head meta[property='og:description']").getAttribute("content")).isNotBlank();
		assertThat(this.page.locator("head meta[property='og:type']").getAttribute("content")).isIn("article",
				"website");
		assertThat(this.page.locator("head meta[name='twitter:card']")).hasAttribute("content", "summary_large_image");
		assertThat(this.page.locator("head meta[property='og:image']").getAttribute("content"))
			.matches("http://localhost:8080/cards/.+\\.png");
		Object types = this.page.evaluate("""
				() => [...document.querySelectorAll('script[type="application/ld+json"]')]
					.map((script) => JSON.parse(script.textContent)['@type'])""");
		assertThat((List<?>) types).first().isEqualTo("BreadcrumbList");
		assertThat(this.consoleErrors).isEmpty();
	}

}
