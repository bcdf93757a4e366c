package org.rustinwindows.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

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
 * A reader searches in Chromium: suggestions while typing, chosen with the keyboard; then
 * a full search narrowed by a facet, and a result opened. Without JavaScript the box is a
 * plain form.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class SearchJourneyBrowserTests {

	@LocalServerPort
	int port;

	private BrowserContext context;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeContext() {
		this.context.close();
		assertThat(this.consoleErrors).isEmpty();
	}

	private Page open(Chromium chromium, Browser.NewContextOptions options, String path) {
		this.context = chromium.newContext(options);
		Page page = this.context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		page.navigate("http://localhost:" + this.port + path);
		return page;
	}

	@Test
	void picksASuggestionWithTheKeyboard(Chromium chromium) {
		Page page = open(chromium, new Browser.NewContextOptions(), "/");
		Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Search the portal"));
		box.pressSequentially("allocat", new Locator.PressSequentiallyOptions().setDelay(40));
		Locator suggestions = page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Suggestions"));
		assertThat(suggestions).isVisible();
		assertThat(box).hasAttribute("aria-expanded", "true");
		Locator first = suggestions.getByRole(AriaRole.OPTION).first();
		String title = first.locator("span").first().textContent();

		page.keyboard().press("ArrowDown");
		assertThat(first).hasAttribute("aria-selected", "true");
		assertThat(box).hasAttribute("aria-activedescendant", first.getAttribute("id"));
		page.keyboard().press("Escape");
		assertThat(suggestions).isHidden();
		assertThat(box).hasAttribute("aria-expanded", "false");

		box.press("Backspace");
		assertThat(suggestions).isVisible();
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
		assertThat(page.locator("main h1")).hasText(title);
	}

	@Test
	void searchesNarrowsByAFacetAndOpensAResult(Chromium chromium) {
		Page page = open(chromium, new Browser.NewContextOptions(), "/");
		page.getByLabel("Search the portal").fill("kernel");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/search\\?q=kernel$"));
		assertThat(page.locator("main .lead")).containsText("results for “kernel”");
		assertThat(page.locator(".result mark").first()).isVisible();

		Locator facets = page.getByRole(AriaRole.COMPLEMENTARY,
				new Page.GetByRoleOptions().setName("Narrow the results"));
		Locator faq = facets.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^FAQ")));
		String count = faq.locator(".count").textContent().strip();
		faq.click();
		assertThat(page).hasURL(Pattern.compile("/search\\?q=kernel&kind=faq$"));
		assertThat(page.locator(".result")).hasCount(Math.min(10, Integer.parseInt(count)));
		page.locator(".result .card-kind").allTextContents().forEach((kind) -> assertThat(kind).isEqualTo("FAQ"));
		assertThat(facets.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("All kinds"))).isVisible();

		Locator result = page.locator(".result h3 a").first();
		String title = result.textContent();
		result.click();
		assertThat(page).hasURL(Pattern.compile("/faq/[a-z0-9-]+$"));
		assertThat(page.locator("main h1")).hasText(title);
	}

	@Test
	void onAPhoneTheFiltersComeBeforeTheResults(Chromium chromium) {
		Page page = open(chromium, new Browser.NewContextOptions().setViewportSize(390, 844), "/search?q=kernel");
		Locator facets = page.getByRole(AriaRole.COMPLEMENTARY,
				new Page.GetByRoleOptions().setName("Narrow the results"));
		double filtersTop = facets.boundingBox().y;
		double firstResultTop = page.locator(".result").first().boundingBox().y;
		assertThat(filtersTop).isLessThan(firstResultTop);
		assertThat(filtersTop).as("on the first screen").isLessThan(844);
		// And by keyboard: the first filter comes before the first result.
		page.locator("main h1").click();
		String reached = "";
		for (int i = 0; i < 20 && !reached.startsWith("facet"); i++) {
			page.keyboard().press("Tab");
			reached = (String) page.evaluate("() => document.activeElement.closest('.facets') ? 'facet'"
					+ " : (document.activeElement.closest('.result') ? 'result' : '')");
			assertThat(reached).isNotEqualTo("result");
		}
		assertThat(reached).isEqualTo("facet");
	}

	@Test
	void searchesWithoutJavaScript(Chromium chromium) {
		Page page = open(chromium, new Browser.NewContextOptions().setJavaScriptEnabled(false), "/faq");
		Locator box = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search the portal"));
		box.fill("wdk-sys");
		box.press("Enter");
		assertThat(page).hasURL(Pattern.compile("/search\\?q=wdk-sys$"));
		assertThat(page.locator(".result").first()).isVisible();
		assertThat(page.getByRole(AriaRole.SEARCHBOX)).hasValue("wdk-sys");
	}

}
