package org.rustinwindows.portal;

import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import org.rustinwindows.portal.tracker.StatusDesk;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.2 A or AA violation on any page type, public or admin, in the
 * light and in the dark theme.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class AccessibilityBrowserTests {

	private static final List<String> PAGES = List.of("/", "/articles", "/articles/windows-drivers-rs-and-cargo-wdk",
			"/articles/the-memory-safety-case", "/timeline", "/timeline/bluehat-il-2023-crawl-walk-run", "/faq",
			"/faq/does-windows-drivers-rs-support-kmdf", "/tags", "/tags/windows-drivers-rs", "/search?q=allocator",
			"/search?q=kernel&kind=faq&tag=windows-kernel", "/search?q=rsut", "/search?q=kernel&page=0",
			"/no-such-page", "/subscribe", "/subscribe/email", "/notifications/confirm?token=1.forged", "/sources",
			"/sources/thurrott-rewriting-windows-kernel-in-rust", "/sources/windows-drivers-rs-repository", "/status",
			"/status?group=kernel&sort=changed", "/status/wdk-sys", "/status/seh-interception", "/changes", "/data");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	private final EditorialDesk desk;

	private final ReaderPages pages;

	private final SourceDesk sources;

	private final StatusDesk statusItems;

	AccessibilityBrowserTests(EditorialDesk desk, ReaderPages pages, SourceDesk sources, StatusDesk statusItems) {
		this.desk = desk;
		this.pages = pages;
		this.sources = sources;
		this.statusItems = statusItems;
	}

	/**
	 * Every admin page type, each entry kind's editor included, plus the sign-in page.
	 */
	private List<String> adminPages() {
		long article = firstId(EntryKind.ARTICLE);
		return List.of("/login", "/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/" + article,
				"/admin/timeline/" + firstId(EntryKind.TIMELINE), "/admin/faq/" + firstId(EntryKind.FAQ),
				"/admin/articles/" + article + "/history", "/admin/trash", "/admin/tags", "/admin/tags/windows-kernel",
				"/admin/transfer", "/admin/users", "/admin/account", "/admin/audit", "/admin/comments", "/admin/backup",
				"/admin/search-index", "/admin/media", "/admin/sources",
				"/admin/sources/" + this.sources.page(null, 1).items().get(0).source().id(), "/admin/status",
				"/admin/status/new", "/admin/status/" + this.statusItems.list().get(0).id());
	}

	private long firstId(EntryKind kind) {
		return this.desk.list(kind, new EntryFilter(null, null, null, null), 1).items().get(0).id();
	}

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void findsNoViolationsOnAnyPageType(ColorScheme scheme, Chromium chromium) {
		try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
			Page page = context.newPage();
			List<String> pages = new java.util.ArrayList<>(PAGES);
			pages.add("/comments/new?target=" + this.pages.article("windows-drivers-rs-and-cargo-wdk").article().id());
			for (String path : pages) {
				page.navigate("http://localhost:" + this.port + path);
				assertNoViolations(page, path, scheme);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void findsNoViolationsOnAnyAdminPageType(ColorScheme scheme, Chromium chromium) {
		try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/login");
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.waitForURL(Pattern.compile(".*/admin$"));
			for (String path : adminPages()) {
				page.navigate("http://localhost:" + this.port + path);
				assertNoViolations(page, path, scheme);
			}
			// A form shown back with its errors.
			page.navigate("http://localhost:" + this.port + "/admin/articles/new");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
			page.waitForSelector(".field-error");
			assertNoViolations(page, "/admin/articles/new with errors", scheme);
			// An import's page, once it shows the report.
			page.navigate("http://localhost:" + this.port + "/admin/transfer");
			page.onceDialog(Dialog::accept);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the content folder")).click();
			page.waitForSelector(".import-report");
			assertNoViolations(page, "an import's report", scheme);
		}
	}

	private static void assertNoViolations(Page page, String path, ColorScheme scheme) {
		// Wait for the enhancement scripts so that the page is checked as people see it.
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		assertThat(results.getViolations()).as("axe violations on %s (%s)", path, scheme)
			.extracting(AccessibilityBrowserTests::describe)
			.isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).limit(3).toList();
	}

}
