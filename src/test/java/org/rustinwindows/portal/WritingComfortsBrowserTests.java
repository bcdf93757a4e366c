package org.rustinwindows.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
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
 * Writing in the editor as people expect of Ghost or WordPress: the Markdown and its
 * preview side by side, scrolling together; an image dropped in goes where the cursor is,
 * described and captioned; nothing typed is lost to a closed tab or to another editor's
 * save; and an editor reaches the editor from the public page.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class WritingComfortsBrowserTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("comforts-");

	@LocalServerPort
	int port;

	private BrowserContext context;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeTheBrowser() {
		this.context.close();
		assertThat(this.consoleErrors).as("console errors (a CSP violation would show here)").isEmpty();
	}

	@Test
	void theEditorTypesAndSeesThePreviewBesideTheTextScrollingWithIt(Chromium chromium) {
		long id = entries.article("side-by-side").title("Side by side").draft();
		Page page = signedIn(chromium, new Browser.NewContextOptions().setViewportSize(1440, 900),
				"/admin/articles/" + id);
		StringBuilder body = new StringBuilder();
		for (int section = 1; section <= 12; section++) {
			body.append("## Section ").append(section).append("\n\n");
			body.append(("Paragraph of section " + section + ". ").repeat(30)).append("\n\n");
		}
		Locator text = page.getByLabel("Body (Markdown)");
		text.fill(body.toString());
		Locator preview = page.locator("#preview");
		assertThat(preview.locator("h2").nth(11)).hasText("Section 12");

		BoundingBox writing = text.boundingBox();
		BoundingBox shown = preview.boundingBox();
		assertThat(shown.x).as("the preview is to the right of the text").isGreaterThan(writing.x + writing.width);
		assertThat(shown.y).as("at the same height").isLessThan(writing.y + writing.height / 2);

		// Scrolled to the eighth section in the text, the preview shows the eighth
		// section.
		text.evaluate("""
				(area) => {
					area.dispatchEvent(new WheelEvent('wheel'));
					area.scrollTop = area.scrollHeight * (area.value.indexOf('## Section 8') / area.value.length);
				}""");
		page.waitForCondition(() -> headingNearTheTop(preview, "Section 8") || headingNearTheTop(preview, "Section 7")
				|| headingNearTheTop(preview, "Section 9"));
	}

	@Test
	void aClosedTabLosesNothingTheEditorTyped(Chromium chromium) {
		long id = entries.article("autosaved").title("Autosaved").body("Saved body.").draft();
		String editor = "/admin/articles/" + id;
		Page page = signedIn(chromium, new Browser.NewContextOptions(), editor);
		Locator text = page.getByLabel("Body (Markdown)");
		text.click();
		page.keyboard().press("End");
		page.keyboard().type("\n\nA paragraph typed and never saved.");
		assertThat(page.locator("[data-autosave-status]")).containsText("Unsaved changes kept at");

		// Leaving asks first.
		List<String> dialogs = new CopyOnWriteArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.type());
			dialog.dismiss();
		});
		page.close(new Page.CloseOptions().setRunBeforeUnload(true));
		page.waitForCondition(() -> !dialogs.isEmpty());
		assertThat(dialogs).containsExactly("beforeunload");
		assertThat(page.isClosed()).as("the editor chose to stay").isFalse();
		page.close();

		Page again = this.context.newPage();
		again.navigate("http://localhost:" + this.port + editor);
		assertThat(again.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("You have text here that you did not save")))
			.isVisible();
		assertThat(again.getByLabel("Body (Markdown)")).hasValue("Saved body.");
		again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Restore the unsaved text")).click();
		assertThat(again.getByLabel("Body (Markdown)"))
			.hasValue(Pattern.compile("Saved body\\.\\s+A paragraph typed and never saved\\."));
		again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
		assertThat(again.locator(".flash")).containsText("Saved.");
		assertThat(again.getByText("You have text here that you did not save")).hasCount(0);
		assertThat(again.getByLabel("Body (Markdown)"))
			.hasValue(Pattern.compile("A paragraph typed and never saved\\.$"));
	}

	@Test
	void anImageDroppedIntoTheBodyGoesInAtTheCursorWithItsDescriptionAndCaption(Chromium chromium) throws IOException {
		long id = entries.article("figure").title("Figure").body("First paragraph.\n\nSecond paragraph.").draft();
		Page page = signedIn(chromium, new Browser.NewContextOptions().setViewportSize(1440, 900),
				"/admin/articles/" + id);
		Locator text = page.getByLabel("Body (Markdown)");
		text.evaluate("(area) => { area.focus(); area.setSelectionRange(16, 16); area.blur(); }");

		JSHandle dropped = page.evaluateHandle("""
				(base64) => {
					const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
					const transfer = new DataTransfer();
					transfer.items.add(new File([bytes], 'diagram.png', { type: 'image/png' }));
					return transfer;
				}""", Base64.getEncoder().encodeToString(png()));
		text.dispatchEvent("drop", Map.of("dataTransfer", dropped));
		Locator description = page.getByLabel("Description for readers who cannot see it (required)");
		assertThat(description).isFocused();

		Locator insert = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and insert"));
		insert.click();
		assertThat(page.locator("#image-error")).containsText("Describe the image");
		description.fill("A diagram of the driver stack");
		page.getByLabel("Caption").fill("Where the Rust driver sits");
		insert.click();
		assertThat(text)
			.hasValue(Pattern.compile("^First paragraph\\.\\n\\n<figure>\\n<img src=\"/media/[0-9a-f]{32}\\.png\" "
					+ "alt=\"A diagram of the driver stack\">\\n<figcaption>Where the Rust driver sits</figcaption>\\n"
					+ "</figure>\\n\\nSecond paragraph\\.$"));
		assertThat(page.locator("#preview figure figcaption")).hasText("Where the Rust driver sits");
		assertThat(page.locator("#preview figure img")).hasAttribute("alt", "A diagram of the driver stack");

		// The same image again, from the library, at the end.
		text.evaluate("(area) => { area.focus(); area.setSelectionRange(area.value.length, area.value.length); }");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose from the library")).click();
		page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Uploaded images"))
			.getByRole(AriaRole.BUTTON)
			.first()
			.click();
		description.fill("The driver stack again");
		insert.click();
		assertThat(text).hasValue(Pattern
			.compile("Second paragraph\\.\\n\\n!\\[The driver stack again]\\(/media/[0-9a-f]{32}\\.png\\)$"));
	}

	@Test
	void aSignedInEditorFindsEditThisPageOnTheSameCachedPageReadersGet(Chromium chromium) {
		String article = "/articles/the-memory-safety-case";
		String readersCopy;
		try (BrowserContext reader = chromium.newContext()) {
			readersCopy = reader.request().get("http://localhost:" + this.port + article).text();
			Page page = reader.newPage();
			List<String> asked = new CopyOnWriteArrayList<>();
			page.onRequest((request) -> asked.add(request.url()));
			page.navigate("http://localhost:" + this.port + article);
			page.waitForLoadState();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this article")))
				.hasCount(0);
			assertThat(asked).noneMatch((url) -> url.contains("/admin/"));
		}

		Page page = signedIn(chromium, new Browser.NewContextOptions(), "/admin");
		String editorsCopy = this.context.request().get("http://localhost:" + this.port + article).text();
		assertThat(editorsCopy).as("the page as sent is the same for the editor").isEqualTo(readersCopy);
		page.navigate("http://localhost:" + this.port + article);
		Locator edit = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this article"));
		edit.click();
		assertThat(page).hasURL(Pattern.compile("/admin/articles/\\d+$"));
		assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("The memory-safety case behind Rust in Windows");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.navigate("http://localhost:" + this.port + article);
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this article"))).hasCount(0);
		assertThat(this.context.cookies()).noneMatch((cookie) -> cookie.name.equals("portal-editor"));
	}

	@Test
	void twoEditorsSaveTheSameEntryAndTheSecondMergesWithNothingLost(Chromium chromium) {
		long id = entries.article("both-editors")
			.title("Both editors")
			.body("Paragraph one.\n\nParagraph two.\n\nParagraph three.")
			.draft();
		String editor = "/admin/articles/" + id;
		Page second = signedIn(chromium, new Browser.NewContextOptions(), editor);
		try (BrowserContext firstContext = chromium.newContext()) {
			Page first = signIn(firstContext.newPage(), editor);
			first.getByLabel("Body (Markdown)")
				.fill("Paragraph one, as the first editor put it.\n\nParagraph two.\n\nParagraph three.");
			first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true))
				.first()
				.click();
			assertThat(first.locator(".flash-message")).containsText("Saved.");
		}

		second.getByLabel("Body (Markdown)")
			.fill("Paragraph one, as the second editor put it.\n\nParagraph two.\n\nParagraph three, longer now.");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
		assertThat(second.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Someone saved this entry after you opened it")))
			.isVisible();
		Locator clash = second.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Change 1 of 1"));
		assertThat(clash).containsText("Paragraph one, as the first editor put it.");
		assertThat(clash).containsText("Paragraph one, as the second editor put it.");
		clash.getByLabel("Keep both, theirs first").check();
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge and save")).click();
		assertThat(second.locator(".flash-message")).containsText("Merged with the version saved meanwhile");
		assertThat(second.getByLabel("Body (Markdown)")).hasValue(Pattern.compile(
				"^Paragraph one, as the first editor put it\\.\\nParagraph one, as the second editor put it\\.\\n\\n"
						+ "Paragraph two\\.\\n\\nParagraph three, longer now\\.\\s*$"));
	}

	/** A one-pixel PNG, as a browser would drop it. */
	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static boolean headingNearTheTop(Locator preview, String heading) {
		Object near = preview.evaluate("""
				(pane, text) => {
					const heading = [...pane.querySelectorAll('h2')].find((h) => h.textContent.includes(text));
					const offset = heading.getBoundingClientRect().top - pane.getBoundingClientRect().top;
					return offset > -200 && offset < pane.clientHeight / 2;
				}""", heading);
		return Boolean.TRUE.equals(near);
	}

	private Page signedIn(Chromium chromium, Browser.NewContextOptions options, String path) {
		this.context = chromium.newContext(options);
		Page page = this.context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		return signIn(page, path);
	}

	private Page signIn(Page page, String path) {
		page.navigate("http://localhost:" + this.port + path);
		assertThat(page).hasURL(Pattern.compile("/login$"));
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		// Playwright hands the pattern to the browser, whose expressions do not quote. A
		// sign-in hashes a password: on a loaded machine it can take longer than an
		// assertion's five seconds, so this waits as a navigation does.
		page.waitForURL(Pattern.compile(".*" + path.replace("?", "\\?") + "$"));
		// The editor's scripts are deferred: typing starts once they have run.
		page.waitForLoadState();
		return page;
	}

}
