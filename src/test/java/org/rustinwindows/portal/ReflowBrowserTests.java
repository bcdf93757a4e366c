package org.rustinwindows.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page is wider than a phone or a small tablet (WCAG 1.4.10, reflow, which axe does
 * not test): at 320, 390 and 768 px every public page type and the admin editor fit the
 * viewport, code blocks and tables scrolling inside themselves, also with what editors
 * and readers write at its longest: words and addresses that do not break, long code
 * lines, wide tables.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class ReflowBrowserTests {

	/** A word that no line can hold at 320 px, without a hyphen to break it at. */
	private static final String LONG_WORD = "Unbreakable" + "x".repeat(80);

	/**
	 * The elements that reach past the viewport's right edge, for the failure message;
	 * not those inside a box that scrolls (code, tables, differences).
	 */
	private static final String OVERFLOWING = """
			() => [...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
				.filter((e) => !e.parentElement.closest('pre, .table-scroll, .prose table, .diff'))
				.slice(0, 8)
				.map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
					+ ' ' + Math.round(e.getBoundingClientRect().right))
			""";

	private static final String COMMENT = """
			insert into comment (entry_id, depth, author_name, body_markdown, body_html, status, address_hash,
				fingerprint, created_at, version)
			values (?, 0, ?, ?, ?, 'PENDING', ?, ?, ?, 0)""";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-reflow-");

	@LocalServerPort
	int port;

	private final EditorialDesk desk;

	private final ReaderPages pages;

	private final JdbcTemplate jdbc;

	private long longest;

	ReflowBrowserTests(EditorialDesk desk, ReaderPages pages, JdbcTemplate jdbc) {
		this.desk = desk;
		this.pages = pages;
		this.jdbc = jdbc;
	}

	/** An article, revised once, and a comment on it, written at their longest. */
	@BeforeEach
	void writeAtTheirLongest() {
		String body = LONG_WORD + " https://example.com/" + "a".repeat(120) + "\n\n```rust\nlet x = \""
				+ "y".repeat(300) + "\";\n```\n\n| " + "column | ".repeat(12) + "\n|" + "---|".repeat(12) + "\n| "
				+ (LONG_WORD + " | ").repeat(12) + "\n";
		this.longest = entries.article("longest").title(LONG_WORD).summary(LONG_WORD).body(body).publish();
		entries.change(EntryKind.ARTICLE, this.longest).body(body + "\n" + LONG_WORD).update();
		// Straight into the moderation queue: the form's robot checks are tested
		// elsewhere.
		this.jdbc.update(COMMENT, this.longest, LONG_WORD.substring(0, 80), LONG_WORD, "<p>" + LONG_WORD + "</p>",
				"0".repeat(64), "f".repeat(64), Timestamp.from(Instant.now()));
	}

	private List<String> publicPages() {
		List<String> paths = new ArrayList<>(List.of("/", "/articles", "/articles/windows-drivers-rs-and-cargo-wdk",
				"/articles/the-memory-safety-case", "/articles/wdm-vs-wdf-in-rust", "/articles/test-reflow-longest",
				"/timeline", "/timeline?order=oldest", "/timeline/bluehat-il-2023-crawl-walk-run", "/faq",
				"/faq/does-windows-drivers-rs-support-kmdf", "/tags", "/tags/windows-drivers-rs", "/search?q=allocator",
				"/search?q=kernel&kind=faq&tag=windows-kernel", "/search?q=rsut", "/search?q=unbreakable", "/subscribe",
				"/subscribe/email", "/no-such-page", "/status", "/status?sort=changed", "/status/seh-interception",
				"/sources", "/sources/zaddach-windows-drivers-in-rust", "/changes", "/data"));
		paths.add("/comments/new?target=" + this.pages.article("windows-drivers-rs-and-cargo-wdk").article().id());
		paths.add("/comments/new?target=" + this.longest);
		return paths;
	}

	private List<String> adminPages() {
		long article = this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, null), 1)
			.items()
			.get(0)
			.id();
		return List.of("/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/" + article,
				"/admin/articles/" + article + "/history", "/admin/articles/" + this.longest,
				"/admin/articles/" + this.longest + "/history", "/admin/comments", "/admin/transfer", "/admin/media",
				"/admin/sources", "/admin/status");
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 390, 768 })
	void everyPageFitsTheViewport(int width, Chromium chromium) {
		try (BrowserContext context = chromium
			.newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
			Page page = context.newPage();
			List<String> tooWide = new ArrayList<>();
			for (String path : publicPages()) {
				measure(page, path, width, tooWide);
			}
			page.navigate("http://localhost:" + this.port + "/login");
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.waitForURL(Pattern.compile(".*/admin$"));
			for (String path : adminPages()) {
				measure(page, path, width, tooWide);
			}
			assertThat(tooWide).as("pages wider than %d px", width).isEmpty();
		}
	}

	/**
	 * On a phone the admin's sections are one row that scrolls sideways, each reached by
	 * keyboard, rather than a screenful of links above every admin page.
	 */
	@Test
	void theAdminSectionsAreOneRowOnAPhone(Chromium chromium) {
		try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/login");
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.waitForURL(Pattern.compile(".*/admin$"));
			Locator sections = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin"));
			Locator links = sections.getByRole(AriaRole.LINK);
			double firstRow = links.first().boundingBox().y;
			for (int i = 0; i < links.count(); i++) {
				assertThat(links.nth(i).boundingBox().y).as(links.nth(i).textContent()).isEqualTo(firstRow);
				assertThat(links.nth(i).boundingBox().height).isGreaterThanOrEqualTo(44);
			}
			Locator last = links.last();
			last.focus();
			BoundingBox shown = last.boundingBox();
			assertThat(shown.x + shown.width).as("the focused last section scrolled into view")
				.isLessThanOrEqualTo(390);
			assertThat(page.locator("main h1").boundingBox().y).as("the page starts on the first screen")
				.isLessThan(300);
		}
	}

	private void measure(Page page, String path, int width, List<String> tooWide) {
		page.navigate("http://localhost:" + this.port + path);
		page.waitForLoadState();
		int documentWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		if (documentWidth > width) {
			tooWide.add(path + ": " + documentWidth + " px, " + page.evaluate(OVERFLOWING));
		}
	}

}
