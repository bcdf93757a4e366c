package org.rustinwindows.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.transfer.TestZips.article;
import static org.rustinwindows.portal.transfer.TestZips.zipOfTexts;

/**
 * An editor keeps the portal current from a real browser: signs in, writes a draft with
 * tags and a source, previews it, publishes it, finds it where readers will, edits it,
 * reads its history and signs out; or imports an archive and follows the import until its
 * report.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class EditorJourneyBrowserTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("journey-");

	private static final String TITLE = "Journey: cargo-wdk in a browser test";

	/** Enough files for several batches, so that the page shows the import under way. */
	private static final int IMPORTED = 120;

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage(Chromium chromium) {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text() + " at " + message.location());
			}
		});
	}

	@AfterEach
	void closePageAndDeleteTheEntry() {
		this.context.close();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}

	@Test
	void writesPreviewsPublishesEditsAndReadsTheHistory() {
		this.page.navigate(url("/admin/articles"));
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		this.page.getByLabel("Username").fill("admin");
		this.page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		button("Sign in").click();
		assertThat(this.page).hasURL(Pattern.compile("/admin/articles$"));

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New article")).click();
		this.page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(TITLE);
		this.page.getByLabel("Slug").fill("journey-cargo-wdk");
		this.page.getByLabel("Summary").fill("What an editor sees when writing about cargo-wdk.");
		this.page.getByLabel("Tags").fill("cargo-wdk, Journey tag");
		this.page.getByLabel("Source 1: title").fill("microsoft/windows-drivers-rs on GitHub");
		this.page.getByLabel("Source 1: address").fill("https://github.com/microsoft/windows-drivers-rs");
		// The source rows' buttons post the whole form to their own handler: nothing
		// typed is
		// lost, and nothing is saved.
		button("Add a source").click();
		this.page.getByLabel("Source 2: title").fill("cargo-wdk on crates.io");
		button("Move source 2 up").click();
		assertThat(this.page.getByLabel("Source 1: title")).hasValue("cargo-wdk on crates.io");
		assertThat(this.page.getByLabel("Source 2: title")).hasValue("microsoft/windows-drivers-rs on GitHub");
		assertThat(this.page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue(TITLE);
		button("Remove source 1").click();
		assertThat(this.page.getByLabel("Source 1: title")).hasValue("microsoft/windows-drivers-rs on GitHub");
		this.page.getByLabel("Body (Markdown)").fill("## Building\n\nRun `cargo wdk build` in the *driver* folder.");

		// htmx follows the typing; the Preview button does the same without JavaScript.
		assertThat(this.page.locator("#preview em")).hasText("driver");
		button("Preview").click();
		assertThat(this.page.locator("#preview h2")).containsText("Building");
		assertThat(this.page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue(TITLE);

		button("Save").click();
		assertThat(this.page.locator(".flash-message")).containsText("Created");
		assertThat(this.page.locator(".status-label")).hasText("Draft");

		this.page.getByLabel("Published", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.keyboard().press("Control+s");
		assertThat(this.page.locator(".flash-message")).containsText("Saved.");
		assertThat(this.page.locator(".status-label")).hasText("Published");

		this.page.navigate(url("/articles"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		assertThat(this.page.locator("main h1")).hasText(TITLE);
		assertThat(this.page.locator("main code").first()).hasText("cargo wdk build");
		this.page.navigate(url("/tags/journey-tag"));
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).isVisible();

		long id = entries.ids(EntryKind.ARTICLE).get(0);
		this.page.navigate(url("/admin/articles/" + id));
		this.page.getByLabel("Summary").fill("What an editor sees when writing about cargo-wdk, revised.");
		button("Save").click();
		assertThat(this.page.locator(".flash-message")).containsText("Saved.");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
		Locator rows = this.page.locator("table tbody tr");
		assertThat(rows).hasCount(3);
		button("Compare").click();
		assertThat(this.page.locator("main h1")).hasText("Revision 2 compared with revision 3");
		assertThat(this.page.locator(".diff-added",
				new Page.LocatorOptions().setHasText("writing about cargo-wdk, revised.")))
			.isVisible();

		button("Sign out").click();
		assertThat(this.page).hasURL(Pattern.compile("/login\\?logout$"));
		this.page.navigate(url("/admin"));
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		assertThat(this.consoleErrors).as("console errors (a CSP violation would show here)").isEmpty();
	}

	@Test
	void importsAnArchiveAndWatchesItsProgressUntilTheReport() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 1; i <= IMPORTED; i++) {
			files.put("content/articles/journey-imported-" + i + ".md", article("journey-imported-" + i, ""));
		}
		files.put("content/articles/journey-broken.md", "---\ntitle: [oops\n---\nBody\n");
		this.page.navigate(url("/admin/transfer"));
		this.page.getByLabel("Username").fill("admin");
		this.page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		button("Sign in").click();

		this.page.getByLabel("Zip archive")
			.setInputFiles(new FilePayload("journey.zip", "application/zip", zipOfTexts(files)));
		button("Import the archive").click();
		assertThat(this.page.locator("main h1")).hasText("Import of journey.zip");
		// A mark the page would lose if it were loaded again: htmx brings the report in.
		this.page.evaluate("window.stillTheSamePage = true");
		assertThat(this.page.locator(".import-stage strong")).hasText("Done",
				new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		assertThat(this.page.locator(".report-counts")).containsText(IMPORTED + " created");
		assertThat(this.page.locator(".report-counts")).containsText("1 rejected");
		assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("content/articles/journey-broken.md");
		assertThat(this.page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);

		this.page.navigate(url("/articles/journey-imported-" + IMPORTED));
		assertThat(this.page.locator("main h1")).hasText("Title journey-imported-" + IMPORTED);
		assertThat(this.consoleErrors).as("console errors (a CSP violation would show here)").isEmpty();
	}

}
