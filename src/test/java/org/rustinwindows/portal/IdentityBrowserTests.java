package org.rustinwindows.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the portal looks to a reader: the theme follows the system until the reader picks
 * one with the switch, and keeps that pick; the text is set in the portal's own typeface
 * without the page moving when it arrives; an article prints as the article alone.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class IdentityBrowserTests {

	private static final String ARTICLE = "/articles/windows-drivers-rs-and-cargo-wdk";

	private static final String LIGHT_BACKGROUND = "rgb(253, 252, 250)";

	private static final String DARK_BACKGROUND = "rgb(22, 23, 27)";

	@LocalServerPort
	int port;

	@Test
	void theThemeFollowsTheSystemUntilTheReaderChoosesAndKeepsTheChoice(Chromium chromium) {
		try (BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"));
			assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
			assertThat(background(page)).isEqualTo(LIGHT_BACKGROUND);

			toggle.click();
			assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
			assertThat(background(page)).isEqualTo(DARK_BACKGROUND);

			page.navigate(url(ARTICLE));
			assertThat(background(page)).as("the choice holds on the next page").isEqualTo(DARK_BACKGROUND);
			Locator again = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"));
			assertThat(again.getAttribute("aria-pressed")).isEqualTo("true");
			again.click();
			assertThat(background(page)).isEqualTo(LIGHT_BACKGROUND);
		}
		try (BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(background(page)).as("no choice made: the system's").isEqualTo(DARK_BACKGROUND);
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"))
				.getAttribute("aria-pressed")).isEqualTo("true");
		}
	}

	@Test
	void theTextIsInThePortalsTypefaceAndNothingMovesWhenItArrives(Chromium chromium) {
		try (BrowserContext context = chromium.newContext()) {
			Page page = context.newPage();
			page.addInitScript("""
					window.__shifts = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							if (!entry.hadRecentInput) window.__shifts += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					""");
			page.navigate(url(ARTICLE));
			page.evaluate("() => document.fonts.ready");
			assertThat(page.evaluate("() => document.fonts.check('16px \"Source Sans Pro\"')")).isEqualTo(true);
			assertThat(page.evaluate("() => document.fonts.check('16px \"JetBrains Mono\"')")).isEqualTo(true);
			assertThat(page.locator("h1").evaluate("(h) => getComputedStyle(h).fontFamily")).asString()
				.startsWith("\"Source Sans Pro\"");
			page.waitForTimeout(300);
			assertThat(((Number) page.evaluate("() => window.__shifts")).doubleValue()).as("cumulative layout shift")
				.isLessThan(0.01);
		}
	}

	@Test
	void anArticlePrintsAsTheArticleAlone(Chromium chromium) {
		try (BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
			Page page = context.newPage();
			page.navigate(url(ARTICLE));
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			for (String kept : new String[] { "h1", ".prose", ".sources" }) {
				assertThat(page.locator(kept).first().isVisible()).as(kept).isTrue();
			}
			for (String left : new String[] { ".site-header", ".site-footer", ".site-search", ".toc", ".discussion",
					".related", ".prev-next", ".breadcrumbs", ".code-tools" }) {
				Locator found = page.locator(left);
				for (int i = 0; i < found.count(); i++) {
					assertThat(found.nth(i).isVisible()).as(left).isFalse();
				}
			}
			assertThat(background(page)).as("black on white, whatever the screen's theme")
				.isIn(LIGHT_BACKGROUND, "rgb(255, 255, 255)");
			assertThat(page.locator(".prose").evaluate("(p) => getComputedStyle(p).color")).isEqualTo("rgb(0, 0, 0)");
		}
	}

	private static Object background(Page page) {
		return page.evaluate("() => getComputedStyle(document.body).backgroundColor");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
