package org.rustinwindows.portal.accounts;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.Chromium;
import org.rustinwindows.portal.testsupport.EnabledIfBrowserAvailable;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor signed in in a real browser loses the session the moment an admin disables
 * the account: the next page they open is the sign-in form, saying why, and signing in
 * again is refused.
 */
@PortalServerTest
@EnabledIfBrowserAvailable
class SessionEndingBrowserTests {

	private static final String PASSWORD = "kernel mode driver, 2023";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	private BrowserContext context;

	@AfterEach
	void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void anEditorDisabledMidSessionIsSignedOutWithAReason(Chromium chromium) {
		String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewAccountForm(username, "Browser Editor", Role.EDITOR, PASSWORD), "admin");
		this.context = chromium.newContext();
		Page page = this.context.newPage();
		signIn(page, username);
		assertThat(page).hasURL(Pattern.compile("/admin$"));
		// The dashboard's own requests end before the account does: a request under way
		// saves its session when it ends.
		page.waitForLoadState(LoadState.NETWORKIDLE);

		this.accounts.disable(this.accounts.findByUsername(username).orElseThrow().getId(), "admin");

		page.navigate(url("/admin/articles"));
		assertThat(page).hasURL(Pattern.compile("/login\\?expired$"));
		assertThat(page.locator("p.notice[role=status]")).containsText("Your session has ended");
		signIn(page, username);
		assertThat(page.locator("p.notice-problem[role=alert]")).containsText("Wrong username or password");
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
