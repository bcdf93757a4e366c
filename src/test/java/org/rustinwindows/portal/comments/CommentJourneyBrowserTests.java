package org.rustinwindows.portal.comments;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

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
import org.rustinwindows.portal.testsupport.TestMailServer;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers discuss an entry in a real browser: a reader comments and sees the comment
 * awaiting moderation, an admin approves it, the reader reloads and finds it in the
 * thread, and a reply lands under its parent. Without JavaScript the same works through
 * the form's own page.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class CommentJourneyBrowserTests {

	private static final String ENTRY = "/articles/" + CommentTestSupport.ARTICLE;

	/** The form refuses what is sent within three seconds; people take longer. */
	private static final double READING_TIME_MS = 3200;

	@LocalServerPort
	int port;

	private final CommentRepository comments;

	private final CommentModeration moderation;

	private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	private final JdbcTemplate jdbc;

	CommentJourneyBrowserTests(CommentRepository comments, CommentModeration moderation, JdbcTemplate jdbc) {
		this.comments = comments;
		this.moderation = moderation;
		this.jdbc = jdbc;
	}

	@AfterEach
	void closeAndDeleteComments() {
		this.contexts.forEach(BrowserContext::close);
		CommentTestSupport.deleteAll(this.comments, this.moderation);
	}

	private Page open(Chromium chromium, boolean javaScript) {
		BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
		this.contexts.add(context);
		Page page = context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	private static void write(Page page, String name, String body) {
		page.getByLabel("Name").fill(name);
		page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill(body);
		page.waitForTimeout(READING_TIME_MS);
		button(page, "Send comment").click();
	}

	private static long commentId(Page page) {
		Matcher id = Pattern.compile("#comment-(\\d+)$").matcher(page.url());
		assertThat(id.find()).as(page.url()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private Page signedInAdmin(Chromium chromium) {
		Page admin = open(chromium, true);
		admin.navigate(url("/login"));
		admin.getByLabel("Username").fill("admin");
		admin.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		button(admin, "Sign in").click();
		admin.waitForURL(Pattern.compile(".*/admin$"));
		return admin;
	}

	private void approve(Page admin, String author) {
		admin.navigate(url("/admin/comments"));
		button(admin, "Approve the comment by " + author).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("1 comment approved.");
	}

	@Test
	void aReaderCommentsAnAdminApprovesAndAReplyLandsUnderItsParent(Chromium chromium) {
		Page reader = open(chromium, true);
		reader.navigate(url(ENTRY));
		link(reader, "Write a comment").click();
		// The form comes inline, with the page still the entry's.
		assertThat(reader.locator(".comment-form-inline")).isVisible();
		assertThat(reader).hasURL(url(ENTRY));
		write(reader, "Ada", "Does cargo-wdk build *KMDF* drivers too?");

		// Playwright reads the pattern as a JavaScript regular expression: no \\Q
		// quoting.
		assertThat(reader).hasURL(Pattern.compile(".*" + ENTRY + "\\?receipt=.+#comment-\\d+$"));
		long question = commentId(reader);
		Locator own = reader.locator("#comment-" + question);
		assertThat(own).containsText("Awaiting moderation");
		assertThat(own.locator("em")).hasText("KMDF");

		Page admin = signedInAdmin(chromium);
		approve(admin, "Ada");

		reader.reload();
		assertThat(own).not().containsText("Awaiting moderation");
		assertThat(reader.locator("#comments-heading")).hasText("1 comment");

		own.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reply to Ada")).click();
		assertThat(reader.locator(".comment-form-inline")).isVisible();
		write(reader, "Grace", "Yes: the *kmdf* sample shows how.");
		long answer = commentId(reader);
		assertThat(reader.locator("#comment-" + answer)).containsText("Awaiting moderation");

		approve(admin, "Grace");
		reader.navigate(url(ENTRY));
		Locator reply = reader.locator("li:has(> article#comment-" + question + ") > ol.comment-thread article");
		assertThat(reply).hasId("comment-" + answer);
		assertThat(reply).containsText("Grace");
		assertThat(reader.locator("#comments-heading")).hasText("2 comments");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aReaderAsksForRepliesByMailConfirmsHearsOfOneAndStopsInOneClick(Chromium chromium) throws Exception {
		String address = "ada-" + UUID.randomUUID() + "@example.org";
		Page reader = open(chromium, true);
		reader.navigate(url(ENTRY));
		link(reader, "Write a comment").click();
		reader.getByLabel("Email").fill(address);
		reader.getByLabel("Mail me when someone replies").check();
		write(reader, "Ada", "Will cargo-wdk get a *KMDF* template?");
		long question = commentId(reader);

		MimeMessage confirmation = TestMailServer.to(address, 1).get(0);
		assertThat(confirmation.getSubject()).startsWith("Confirm: mail me replies to my comment on");
		reader.navigate(link(confirmation, "/notifications/confirm"));
		assertThat(reader.locator("main h1")).hasText("Replies will be mailed to you");

		Page admin = signedInAdmin(chromium);
		approve(admin, "Ada");
		Page other = open(chromium, true);
		other.navigate(url(ENTRY));
		other.locator("#comment-" + question)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reply to Ada"))
			.click();
		write(other, "Grace", "It has one: the kmdf sample.");
		long answer = commentId(other);
		assertThat(TestMailServer.to(address, 1)).as("nothing before a moderator publishes the reply").hasSize(1);
		approve(admin, "Grace");

		MimeMessage reply = TestMailServer.to(address, 2).get(1);
		assertThat(reply.getSubject()).startsWith("A reply to your comment on");
		assertThat(text(reply)).contains("Grace replied").contains(ENTRY + "#comment-" + answer);
		assertThat(reply.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(reply.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe?token=");
		assertThat(text(reply)).doesNotContain(address);

		reader.navigate(link(reply, "/notifications/unsubscribe"));
		assertThat(reader.locator("main h1")).hasText("No more mail about replies");
		assertThat(this.jdbc.queryForObject("select count(*) from reply_subscription where email = ?", Integer.class,
				address))
			.isZero();
		assertThat(this.consoleErrors).isEmpty();
	}

	private static String text(MimeMessage mail) throws Exception {
		return ((String) mail.getContent()).replace("\r\n", "\n");
	}

	/** The link in the mail, on the port this test's portal listens on. */
	private String link(MimeMessage mail, String path) throws Exception {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=\\S+)")
			.matcher(text(mail));
		assertThat(link.find()).as("a link to " + path).isTrue();
		return url(link.group(1));
	}

	@Test
	void withoutJavaScriptTheFormHasItsOwnPageAndAQuickSendIsShownAgain(Chromium chromium) {
		Page reader = open(chromium, false);
		reader.navigate(url(ENTRY));
		link(reader, "Write a comment").click();
		assertThat(reader).hasURL(Pattern.compile(".*/comments/new\\?target=\\d+$"));

		reader.getByLabel("Name").fill("Linus");
		reader.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill("Sent at once.");
		button(reader, "Send comment").click();
		assertThat(reader.getByRole(AriaRole.ALERT)).containsText("That was quick");
		assertThat(reader.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))).hasValue("Sent at once.");

		reader.waitForTimeout(READING_TIME_MS);
		button(reader, "Send comment").click();
		assertThat(reader.locator("#comment-" + commentId(reader))).containsText("Awaiting moderation");
	}

}
