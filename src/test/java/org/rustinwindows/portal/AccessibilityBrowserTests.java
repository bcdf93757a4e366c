package org.rustinwindows.portal;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.2 A or AA violation on any page type, in the light and in the
 * dark theme.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class AccessibilityBrowserTests {

	private static final List<String> PAGES = List.of("/", "/articles", "/articles/windows-drivers-rs-and-cargo-wdk",
			"/articles/the-memory-safety-case", "/timeline", "/timeline/bluehat-il-2023-crawl-walk-run", "/faq",
			"/faq/does-windows-drivers-rs-support-kmdf", "/tags", "/tags/windows-drivers-rs", "/search?q=allocator",
			"/no-such-page");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void findsNoViolationsOnAnyPageType(ColorScheme scheme, Chromium chromium) {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
			Page page = context.newPage();
			for (String path : PAGES) {
				page.navigate("http://localhost:" + this.port + path);
				// Wait for the enhancement script so that highlighted code is checked as
				// readers see it.
				page.waitForLoadState();
				AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
				assertThat(results.getViolations()).as("axe violations on %s (%s)", path, scheme)
					.extracting(AccessibilityBrowserTests::describe)
					.isEmpty();
			}
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).limit(3).toList();
	}

}
