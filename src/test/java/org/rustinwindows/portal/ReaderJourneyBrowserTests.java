package org.rustinwindows.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader finds their way around the portal in a real browser, with the mouse and with
 * the keyboard.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class ReaderJourneyBrowserTests {

	private static final String PAGES_PREFIX = "test-pages-";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed(PAGES_PREFIX);

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private final List<String> foreignRequests = new CopyOnWriteArrayList<>();

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage(Chromium chromium) {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
		String origin = "http://localhost:" + this.port + "/";
		this.page.onRequest((request) -> {
			if (!request.url().startsWith(origin)) {
				this.foreignRequests.add(request.url());
			}
		});
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void readsFromTheHomePageToAnArticleTheTimelineTheFaqAndATagPage() {
		this.page.navigate(url("/"));
		assertThat(this.page).hasTitle("Home · Rust in Windows");

		this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Latest articles"))
			.getByRole(AriaRole.LINK)
			.first()
			.click();
		assertThat(this.page).hasURL(Pattern.compile("/articles/[a-z0-9-]+$"));
		assertThat(this.page.locator("main h1")).isVisible();
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Contents")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sources"))).isVisible();

		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Timeline"))
			.click();
		assertThat(this.page.locator("main h1")).hasText("Timeline");
		this.page.getByLabel("Topic").selectOption(new SelectOption().setLabel("BlueHat IL 2023"));
		this.page.getByLabel("Order").selectOption("oldest");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page).hasURL(Pattern.compile("tag=bluehat-il-2023"));
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("BlueHat IL 2023: “the crawl stage” of Rust in Windows"))
			.click();
		assertThat(this.page.locator("main h1")).containsText("crawl stage");
		this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("See also"))
			.getByRole(AriaRole.LINK)
			.first()
			.click();
		assertThat(this.page).hasURL(Pattern.compile("/articles/bluehat-il-2023-rust-in-the-kernel$"));

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FAQ").setExact(true)).first().click();
		assertThat(this.page.locator("main h1")).hasText("Frequently asked questions");
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"))
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions()
						.setName("Can Rust drivers use structured exception handling?"))
			.click();
		assertThat(this.page).hasURL(Pattern.compile("/faq#can-rust-drivers-use-seh$"));
		this.page.locator("#can-rust-drivers-use-seh-title a").click();
		assertThat(this.page).hasURL(Pattern.compile("/faq/can-rust-drivers-use-seh$"));

		this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tags"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("SEH"))
			.click();
		assertThat(this.page.locator("main h1")).hasText("Tagged SEH");
		assertThat(this.page.locator("main .card")).not().hasCount(0);

		assertThat(this.foreignRequests).as("requests to other hosts").isEmpty();
		assertThat(this.consoleErrors).as("console errors").isEmpty();
	}

	@Test
	void pagesThroughTheTimelineKeepingItsTopicAndOrderAndThroughTheFaqWithTheKeyboard() {
		// One event more than a timeline page holds, all under a topic of their own; and
		// enough questions beside the seeded ones for a second FAQ page.
		for (int year = 1901; year <= 1951; year++) {
			entries.event("event-" + year, year + "-01")
				.title("Pagetest event of " + year)
				.summary("What happened.")
				.body("Body.")
				.tags("Pagetest Topic")
				.publish();
		}
		for (int n = 1; n <= 13; n++) {
			entries.question("question-" + n, 100 + n)
				.title("Pagetest question " + n + "?")
				.summary("A summary.")
				.body("An answer.")
				.publish();
		}

		this.page.navigate(url("/timeline"));
		this.page.getByLabel("Topic").selectOption(new SelectOption().setLabel("Pagetest Topic"));
		this.page.getByLabel("Order").selectOption("oldest");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		Locator timelinePages = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"));
		assertThat(timelinePages).containsText("Page 1 of 2");
		assertThat(this.page.locator("main .timeline > li")).hasCount(50);
		assertThat(this.page.locator("main .timeline > li").first()).containsText("Pagetest event of 1901");
		timelinePages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();
		assertThat(this.page).hasTitle("Timeline, page 2 · Rust in Windows");
		assertThat(this.page).hasURL(Pattern.compile("tag=pagetest-topic"));
		assertThat(this.page).hasURL(Pattern.compile("order=oldest"));
		assertThat(this.page.getByLabel("Topic")).hasValue("pagetest-topic");
		assertThat(this.page.locator("main .timeline > li")).hasCount(1);
		assertThat(this.page.locator("main .timeline > li")).containsText("Pagetest event of 1951");
		timelinePages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Previous page")).click();
		assertThat(this.page.locator("main .timeline > li")).hasCount(50);

		this.page.navigate(url("/faq"));
		Locator faqPages = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"));
		assertThat(faqPages).containsText("Page 1 of 2");
		assertThat(this.page.locator("main .faq-item")).hasCount(25);
		faqPages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasTitle("FAQ, page 2 · Rust in Windows");
		assertThat(this.page.locator("main .faq-item")).hasCount(1);
		assertThat(this.page.locator("main .faq-item h2")).hasText("Pagetest question 13?");

		assertThat(this.consoleErrors).as("console errors").isEmpty();
	}

	@Test
	void highlightsCodeAsItComesNearTheWindow() {
		this.page.navigate(url("/articles/windows-drivers-rs-and-cargo-wdk"));
		this.page.waitForLoadState();
		assertThat(this.page.locator("script[src*='highlight.min']").count()).as("not loaded before code is near")
			.isZero();
		this.page.locator("pre code.language-rust").first().scrollIntoViewIfNeeded();
		assertThat(this.page.locator("pre code.language-rust.hljs").first()).isVisible();
		assertThat(this.page.locator("pre code.language-rust .hljs-keyword").first()).isVisible();
		assertThat(this.foreignRequests).isEmpty();
	}

	@Test
	void searchesFromTheHeaderBoxWithTheKeyboard() {
		this.page.navigate(url("/timeline"));
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(":focus")).hasText("Skip to content");
		this.page.getByLabel("Search the portal").fill("cargo-wdk");
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(Pattern.compile("/search\\?q=cargo-wdk"));
		assertThat(this.page.locator("main .result").first()).isVisible();
		assertThat(this.page.getByLabel("Search the portal")).hasValue("cargo-wdk");
	}

}
