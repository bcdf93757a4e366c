package org.rustinwindows.portal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor cannot act with an admin's rights by writing an entry: a body full of htmx
 * attributes, script and forms aimed at the accounts screen, opened published, previewed
 * and typed into by an admin in a real browser, sends nothing to {@code /admin/users} and
 * creates no account.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class HostileEditorBrowserTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-hostile-");

	private static final String PAYLOAD = """
			Harmless words.

			<div hx-post="/admin/users" hx-trigger="load" hx-include="[name='_csrf']"
			 hx-vals='{"username":"mallory","displayName":"Mallory","password":"correct horse battery","role":"ADMIN"}'>a</div>
			<div data-hx-post="/admin/users" data-hx-trigger="load, mouseover" data-hx-include="[name='_csrf']"
			 data-hx-vals='{"username":"mallory2","displayName":"Mallory","password":"correct horse battery","role":"ADMIN"}'>b</div>
			<span hx-get="/admin/users" hx-trigger="revealed">c</span>
			<script>fetch('/admin/users', {method: 'POST'})</script>
			<img src="/admin/users" alt="x">
			<form action="/admin/users" method="post"><input name="username" value="mallory3"><button>Go</button></form>
			<meta http-equiv="refresh" content="0;url=/admin/users">
			""";

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private final List<String> accountRequests = new CopyOnWriteArrayList<>();

	@BeforeEach
	void signInAsAdmin(Chromium chromium) {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
		this.page.navigate(url("/login"));
		this.page.getByLabel("Username").fill("admin");
		this.page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page).hasURL(Pattern.compile("/admin$"));
		this.context.onRequest((request) -> {
			if (request.url().contains("/admin/users")) {
				this.accountRequests.add(request.method() + " " + request.url());
			}
		});
	}

	@AfterEach
	void closeAndDelete() {
		this.context.close();
	}

	@Test
	void anEditorsBodyRunsNothingInAnAdminsBrowser() {
		create("published", EntryStatus.PUBLISHED);
		long draft = create("draft", EntryStatus.DRAFT);

		this.page.navigate(url("/articles/test-hostile-published"));
		assertThat(this.page.locator("main")).containsText("Harmless words.");
		this.page.locator("main").hover();
		this.page.waitForTimeout(1500);

		this.page.navigate(url("/admin/articles/" + draft));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview").setExact(true))
			.first()
			.click();
		assertThat(this.page.locator("#preview")).containsText("Harmless words.");
		this.page.locator("#preview").hover();
		this.page.getByLabel("Body (Markdown)").press("End");
		this.page.getByLabel("Body (Markdown)").pressSequentially(" more");
		assertThat(this.page.locator("#preview")).containsText("more");
		this.page.locator("#preview").hover();
		this.page.waitForTimeout(1500);

		assertThat(this.accountRequests).isEmpty();
		this.page.navigate(url("/admin/users"));
		assertThat(this.page.locator("main")).not().containsText("mallory");
	}

	private long create(String name, EntryStatus status) {
		return entries.article(name)
			.title("Hostile " + entries.slug(name))
			.summary("S")
			.body(PAYLOAD)
			.publishedAt((status == EntryStatus.PUBLISHED) ? Instant.now() : null)
			.save(status);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
