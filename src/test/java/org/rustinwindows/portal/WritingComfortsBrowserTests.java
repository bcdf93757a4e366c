package org.rustinwindows.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * preview side by side, scrolling together.
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
		this.context = chromium.browser().newContext(options);
		Page page = this.context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		page.navigate("http://localhost:" + this.port + path);
		assertThat(page).hasURL(Pattern.compile("/login$"));
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill(PortalServerTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		// Playwright hands the pattern to the browser, whose expressions do not quote.
		assertThat(page).hasURL(Pattern.compile(path.replace("?", "\\?") + "$"));
		return page;
	}

}
