package org.rustinwindows.portal;

import java.time.Instant;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import org.rustinwindows.portal.tracker.StatusChangeRecord;
import org.rustinwindows.portal.tracker.StatusDesk;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusItemText;
import org.rustinwindows.portal.tracker.TrackedStatus;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initiative tracker as its readers and editors use it: the board, an item's history
 * and sources, a change recorded from the admin area and seen everywhere it should be,
 * and what is new since a reader's last visit.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class TrackerJourneyBrowserTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("tracker-journey-");

	@LocalServerPort
	int port;

	private final StatusDesk desk;

	private BrowserContext context;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	TrackerJourneyBrowserTests(StatusDesk desk) {
		this.desk = desk;
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.context != null) {
			this.context.close();
		}
		assertThat(this.consoleErrors).as("console errors (a CSP violation would show here)").isEmpty();
	}

	@Test
	void aReaderFiltersTheBoardAndFollowsAnItemToItsHistoryAndSources(Chromium chromium) {
		Page page = open(chromium, new Browser.NewContextOptions().setViewportSize(390, 844), "/");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Status"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Status board"))).isVisible();
		assertThat(page.locator(".status-board tbody tr")).not().hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rust in the Windows kernel")).click();
		assertThat(page).hasURL(Pattern.compile("/status\\?group=kernel$"));
		assertThat(page.locator(".status-board tbody th .board-group")).not().hasCount(0);
		for (String group : page.locator(".status-board tbody th .board-group").allTextContents()) {
			assertThat(group).isEqualTo("Rust in the Windows kernel");
		}
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("wdk-sys"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("GDI")))
			.containsText("reported");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("GDI").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("History"))).isVisible();
		assertThat(page.locator(".status-history li").first()).containsText("coming soon to Windows Insiders");
		assertThat(page.locator(".reported-note").first()).containsText("Reported");

		page.locator(".status-history .source-kind").first().click();
		assertThat(page).hasURL(Pattern.compile("/sources/thurrott-rewriting-windows-kernel-in-rust$"));
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Status records that rest on it")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("GDI: announced"))).isVisible();
	}

	@Test
	void anEditorRecordsAChangeAndSeesItOnTheBoardInTheHistoryUnderChangesAndInTheFeed(Chromium chromium) {
		long id = this.desk.create(new StatusItemText("journey-driver-verifier", "Journey driver verifier",
				StatusGroup.TOOLING, "An item this test keeps.", "", 50), List.of(), "editor");
		Page page = signedIn(chromium, "/admin/status/" + id);

		page.getByLabel("Day of the evidence").fill("2025-10");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("experimental");
		page.getByLabel("What happened").fill("Checks Rust drivers in a preview build.");
		page.getByLabel("Source: title").fill("microsoft/windows-drivers-rs on GitHub");
		page.getByLabel("Source: title").dispatchEvent("change");
		assertThat(page.getByLabel("Source: address")).hasValue("https://github.com/microsoft/windows-drivers-rs");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
		assertThat(page.locator(".flash")).containsText("Recorded the change");

		page.navigate(url("/status?group=tooling"));
		Locator row = page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Journey driver verifier"));
		assertThat(row).containsText("Experimental");
		assertThat(row).containsText("October 2025");
		assertThat(row).containsText("primary source");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Journey driver verifier")).click();
		assertThat(page.locator(".status-history li").first()).containsText("Checks Rust drivers in a preview build.");

		page.navigate(url("/changes"));
		assertThat(page.locator(".change-list li").first())
			.containsText("Experimental as of October 2025: Checks Rust drivers in a preview build.");
		String feed = page.request().get(url("/status/feed.xml")).text();
		assertThat(feed).contains("Journey driver verifier: experimental", "Checks Rust drivers in a preview build.");
		assertThat(page.request().get(url("/changes/atom.xml")).text()).contains("Journey driver verifier");
	}

	@Test
	void anEditorCorrectsAPublishedArticleAndReadersSeeTheDatedNote(Chromium chromium) {
		long id = entries.article("corrected")
			.title("Tracker journey corrected article")
			.publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
			.publish();
		Page page = signedIn(chromium, "/admin/articles/" + id);

		page.getByLabel("Summary").fill("The summary, put right.");
		page.getByLabel("Correction: something was wrong").check();
		page.getByLabel("Note for readers").fill("The summary gave the wrong year.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
		assertThat(page.locator(".flash")).containsText("Saved.");

		page.navigate(url("/articles/" + entries.slug("corrected")));
		Locator notes = page.getByRole(AriaRole.COMPLEMENTARY,
				new Page.GetByRoleOptions().setName("Changes since publication"));
		assertThat(notes).containsText("Correction");
		assertThat(notes).containsText("The summary gave the wrong year.");
		page.navigate(url("/changes"));
		assertThat(page.locator(".change-list li").first()).containsText("Tracker journey corrected article");
		assertThat(page.locator(".change-list li").first()).containsText("The summary gave the wrong year.");
	}

	@Test
	void aReaderWhoVisitedBeforeSeesTheNewChangeMarkedOnTheirNextVisit(Chromium chromium) {
		long id = this.desk.create(new StatusItemText("journey-since-visit", "Journey since visit", StatusGroup.TOOLING,
				"An item this test keeps.", "", 51), List.of(), "editor");
		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2024"), TrackedStatus.PLANNED, "A plan.",
				new SourceRef("A report", null)), "editor");
		Page first = open(chromium, new Browser.NewContextOptions(), "/status");
		assertThat(first.locator(".new-mark")).hasCount(0);
		first.close();

		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2025-12-01"), TrackedStatus.PREVIEW,
				"Now in a preview.", new SourceRef("A report", null)), "editor");

		Page next = this.context.newPage();
		watch(next);
		next.navigate(url("/status"));
		Locator row = next.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Journey since visit"));
		assertThat(row).hasClass(Pattern.compile("is-new-since-visit"));
		assertThat(row).containsText("New since your last visit");
		assertThat(next.locator(".status-board tr.is-new-since-visit")).hasCount(1);

		next.navigate(url("/"));
		Locator since = next.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Since your last visit"));
		assertThat(since).isVisible();
		assertThat(since).containsText("Journey since visit: Preview as of 1 December 2025: Now in a preview.");
	}

	private Page open(Chromium chromium, Browser.NewContextOptions options, String path) {
		this.context = chromium.newContext(options);
		Page page = this.context.newPage();
		watch(page);
		page.navigate(url(path));
		return page;
	}

	private void watch(Page page) {
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text() + " at " + message.location());
			}
		});
	}

	private Page signedIn(Chromium chromium, String path) {
		Page page = open(chromium, new Browser.NewContextOptions().setViewportSize(1280, 900), path);
		assertThat(page).hasURL(Pattern.compile("/login$"));
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		// A sign-in hashes a password: on a loaded machine that can outlast an
		// assertion's
		// five seconds, so this waits as a navigation does.
		page.waitForURL(Pattern.compile(".*" + path + "$"));
		page.waitForLoadState();
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
