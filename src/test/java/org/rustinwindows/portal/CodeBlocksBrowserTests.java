package org.rustinwindows.portal;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader copies a code block from an article: every block shows its language when it
 * names one, and its button puts the code, as written, on the clipboard. A heading shows
 * that it links to itself when pointed at or reached by keyboard, and the contents beside
 * the text stay in sight and mark the section being read.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class CodeBlocksBrowserTests {

	private static final String ARTICLE = "/articles/windows-drivers-rs-and-cargo-wdk";

	@LocalServerPort
	int port;

	@Test
	void aCodeBlockIsCopiedWithItsButton(Chromium chromium) {
		try (BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setPermissions(List.of("clipboard-read", "clipboard-write")))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + ARTICLE);
			Locator blocks = page.locator(".prose pre");
			assertThat(blocks.count()).isPositive();
			assertThat(page.locator(".prose .code-tools .copy-button").count()).as("a button per block")
				.isEqualTo(blocks.count());
			assertThat(page.locator(".prose .code-language").allTextContents()).contains("rust", "toml");

			Locator rust = page.locator(".prose pre:has(code.language-rust)").first();
			rust.scrollIntoViewIfNeeded();
			// Coloured once near the window, the highlighter loaded for it.
			assertThat(rust.locator("code.hljs .hljs-keyword").first()).isVisible();
			String code = rust.locator("code").textContent();
			Locator copy = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the rust code"))
				.first();
			copy.click();
			// The button says so once the clipboard has taken the code.
			page.waitForCondition(() -> "Copied".equals(copy.textContent()));
			assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(code);
		}
	}

	@Test
	void theContentsStayInSightAndMarkTheSectionBeingRead(Chromium chromium) {
		try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + ARTICLE);
			Locator contents = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Contents"));
			Locator links = contents.getByRole(AriaRole.LINK);
			assertThat(links.count()).isGreaterThan(3);

			Locator third = links.nth(2);
			String target = third.getAttribute("href").substring(1);
			page.evaluate("(id) => document.getElementById(id).scrollIntoView({ block: 'start' })", target);
			page.waitForCondition(() -> "location".equals(third.getAttribute("aria-current")));
			assertThat(contents.locator("a[aria-current]").count()).as("one section at a time").isEqualTo(1);
			double top = contents.boundingBox().y;
			assertThat(top).as("still in the window after scrolling").isBetween(0.0, 100.0);

			page.evaluate("() => window.scrollTo(0, 0)");
			page.waitForCondition(() -> contents.locator("a[aria-current]").count() == 0);
		}
	}

	@Test
	void aHeadingShowsItsLinkOnHoverAndFocus(Chromium chromium) {
		try (BrowserContext context = chromium.newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + ARTICLE);
			Locator anchor = page.locator(".prose h2 .heading-anchor").first();
			String mark = "(element) => getComputedStyle(element, '::after').visibility";
			assertThat(anchor.evaluate(mark)).isEqualTo("hidden");
			anchor.hover();
			assertThat(anchor.evaluate(mark)).isEqualTo("visible");
			page.mouse().move(0, 0);
			anchor.focus();
			page.keyboard().press("Shift+Tab");
			page.keyboard().press("Tab");
			assertThat(anchor.evaluate(mark)).as("reached by keyboard").isEqualTo("visible");
			assertThat(anchor.getAttribute("href")).startsWith("#");
		}
	}

}
