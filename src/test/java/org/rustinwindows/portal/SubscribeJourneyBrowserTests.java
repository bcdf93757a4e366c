package org.rustinwindows.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader subscribes in Chromium: finds the feeds a page announces, opens the subscribe
 * page from the footer, copies a tag's feed address and fetches it.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class SubscribeJourneyBrowserTests {

	@LocalServerPort
	int port;

	private BrowserContext context;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeContext() {
		this.context.close();
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void copiesAFeedAddressFromTheSubscribePage(Chromium chromium) {
		String origin = "http://localhost:" + this.port;
		this.context = chromium
			.newContext(new Browser.NewContextOptions().setPermissions(List.of("clipboard-read", "clipboard-write")));
		Page page = this.context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		page.navigate(origin + "/tags/memory-safety");
		assertThat(page.locator("head link[rel=alternate][type='application/atom+xml']")).hasCount(2);
		assertThat(page.locator("head link[rel=alternate][href='/tags/memory-safety/feed.json']")).hasCount(1);

		page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Subscribe"))
			.click();
		assertThat(page.locator("main h1")).hasText("Subscribe");
		Locator tagFeeds = page.locator("h3:has-text('Memory safety') + ul");
		String address = tagFeeds.locator("code.feed-url").first().textContent();
		assertThat(address).isEqualTo("http://localhost:8080/tags/memory-safety/feed.xml");

		Locator copy = tagFeeds.getByRole(AriaRole.BUTTON).first();
		copy.click();
		assertThat(copy).hasText("Copied");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(address);

		APIResponse feed = page.request().get(origin + "/tags/memory-safety/feed.xml");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.headers().get("content-type")).startsWith("application/rss+xml");
		assertThat(feed.text()).contains("<rss", "Memory safety");
	}

}
