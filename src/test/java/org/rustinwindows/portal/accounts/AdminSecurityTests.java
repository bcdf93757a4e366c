package org.rustinwindows.portal.accounts;

import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may open what under {@code /admin}, sign-in and its throttling, CSRF and the
 * security headers, all against the running portal's real rules.
 */
@PortalServerTest
class AdminSecurityTests {

	private final MockMvcTester mvc;

	private final AccountService accounts;

	AdminSecurityTests(MockMvcTester mvc, AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/** Pages every signed-in editor may open. */
	static Stream<String> editorPages() {
		return Stream.of("/admin", "/admin/account", "/admin/articles", "/admin/timeline", "/admin/faq",
				"/admin/articles/new", "/admin/timeline/new", "/admin/faq/new", "/admin/trash", "/admin/tags",
				"/admin/tags/windows-kernel", "/admin/transfer", "/admin/transfer/content.zip");
	}

	/** Pages only admins may open. */
	Stream<String> adminPages() {
		long adminId = this.accounts.findByUsername("admin").orElseThrow().getId();
		return Stream.of("/admin/users", "/admin/users/" + adminId + "/password", "/admin/audit", "/admin/comments",
				"/admin/backup", "/admin/backup/portal-backup.zip", "/admin/search-index");
	}

	static Stream<String> allPages() {
		return Stream.concat(editorPages(), Stream.of("/admin/users", "/admin/users/1/password", "/admin/audit",
				"/admin/comments", "/admin/backup", "/admin/backup/portal-backup.zip", "/admin/search-index"));
	}

	/** A sign-in as the form posts it, from the given client address. */
	private MockMvcTester.MockMvcRequestBuilder signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	/**
	 * The session a response started or renamed, as its cookie: Spring Session keeps
	 * sessions in the database and finds them by this cookie alone.
	 */
	private static Cookie sessionCookie(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		return cookie;
	}

	private String newEditor(String password) {
		String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewAccountForm(username, "Editor", Role.EDITOR, password), "admin");
		return username;
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Nested
	class Access {

		@ParameterizedTest
		@MethodSource("org.rustinwindows.portal.accounts.AdminSecurityTests#allPages")
		void anonymousVisitorsAreSentToSignIn(String page) {
			assertThat(AdminSecurityTests.this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
		}

		@ParameterizedTest
		@MethodSource("org.rustinwindows.portal.accounts.AdminSecurityTests#editorPages")
		void editorsOpenTheEditingPages(String page) {
			assertThat(AdminSecurityTests.this.mvc.get().uri(page).with(user("writer").roles("EDITOR"))).hasStatusOk();
		}

		@Test
		void editorsAreRefusedThePagesForAdmins() {
			adminPages().forEach((page) -> assertThat(
					AdminSecurityTests.this.mvc.get().uri(page).with(user("writer").roles("EDITOR")))
				.as(page)
				.hasStatus(HttpStatus.FORBIDDEN));
		}

		@Test
		void adminsOpenEveryPage() {
			Stream.concat(editorPages(), adminPages())
				.forEach((page) -> assertThat(
						AdminSecurityTests.this.mvc.get().uri(page).with(user("admin").roles("ADMIN")))
					.as(page)
					.hasStatusOk());
		}

		@Test
		void editorsCannotPostToAdminActions() {
			assertThat(AdminSecurityTests.this.mvc.post()
				.uri("/admin/users")
				.param("username", "intruder")
				.param("displayName", "Intruder")
				.param("role", "ADMIN")
				.param("password", "a-long-password-1")
				.with(user("writer").roles("EDITOR"))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(AdminSecurityTests.this.accounts.findByUsername("intruder")).isEmpty();
		}

	}

	@Nested
	class Csrf {

		@Test
		void formPostedWithoutTokenIsRefused() {
			assertThat(AdminSecurityTests.this.mvc.post()
				.uri("/admin/users")
				.param("username", "no-token")
				.param("displayName", "No token")
				.param("role", "EDITOR")
				.param("password", "a-long-password-1")
				.with(user("admin").roles("ADMIN"))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(AdminSecurityTests.this.accounts.findByUsername("no-token")).isEmpty();
		}

		@Test
		void formPostedWithTokenIsAccepted() {
			assertThat(AdminSecurityTests.this.mvc.post()
				.uri("/admin/users")
				.param("username", "with-token")
				.param("displayName", "With token")
				.param("role", "EDITOR")
				.param("password", "a-long-password-1")
				.with(user("admin").roles("ADMIN"))
				.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users");
			assertThat(AdminSecurityTests.this.accounts.findByUsername("with-token")).isPresent();
		}

		@Test
		void signInWithoutTokenIsRefused() {
			assertThat(AdminSecurityTests.this.mvc.post()
				.uri("/login")
				.param("username", "admin")
				.param("password", PortalServerTest.ADMIN_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		}

	}

	@Nested
	class SignIn {

		@Test
		void adminSignsInWithTheConfiguredPasswordInANewSession() {
			Cookie before = sessionCookie(AdminSecurityTests.this.mvc.get().uri("/login").exchange());
			MvcTestResult signedIn = signIn("admin", PortalServerTest.ADMIN_PASSWORD, "192.0.2.1").cookie(before)
				.exchange();
			assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
			assertThat(sessionCookie(signedIn).getValue()).as("session fixation protection changes the id")
				.isNotEqualTo(before.getValue());
		}

		@Test
		void signingInLeadsBackToThePageThatAskedForItAtItsOwnAddress() {
			MvcTestResult asked = AdminSecurityTests.this.mvc.get().uri("/admin/articles").exchange();
			assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
			assertThat(signIn("admin", PortalServerTest.ADMIN_PASSWORD, "192.0.2.2").cookie(sessionCookie(asked)))
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/admin/articles");
		}

		@Test
		void wrongPasswordSendsBackToTheFormWithAMessage() {
			assertThat(signIn("admin", "not-the-password", "192.0.2.10")).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/login?error");
			assertThat(AdminSecurityTests.this.mvc.get().uri("/login").param("error", "")).hasStatusOk()
				.bodyText()
				.contains("Wrong username or password");
		}

		@Test
		void overlongPasswordIsAWrongPasswordNotAnError() {
			assertThat(signIn("admin", "x".repeat(500), "192.0.2.11")).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/login?error");
		}

		@Test
		void repeatedFailuresFromOneAddressMakeThatUsernameWaitThereEvenWithTheRightPassword() {
			String username = newEditor("the-right-password");
			for (int attempt = 1; attempt < 5; attempt++) {
				assertThat(signIn(username, "wrong-" + attempt, "198.51.100.1")).hasRedirectedUrl("/login?error");
			}
			assertThat(signIn(username, "wrong-5", "198.51.100.1")).redirectedUrl().startsWith("/login?locked=");
			assertThat(signIn(username, "the-right-password", "198.51.100.1")).redirectedUrl()
				.startsWith("/login?locked=");
			assertThat(signIn(username, "the-right-password", "198.51.100.2")).hasRedirectedUrl("/admin");
		}

		@Test
		void strangersFailuresDoNotKeepTheOwnerOutOfTheirOwnAddress() {
			String username = newEditor("the-owners-password");
			assertThat(signIn(username, "the-owners-password", "198.51.100.20")).hasRedirectedUrl("/admin");
			for (int attempt = 1; attempt <= 60; attempt++) {
				signIn(username, "guess-" + attempt, "203.0.113." + (100 + attempt % 30)).assertThat()
					.hasStatus(HttpStatus.FOUND);
			}
			assertThat(signIn(username, "the-owners-password", "203.0.113.250")).redirectedUrl()
				.startsWith("/login?locked=");
			assertThat(signIn(username, "the-owners-password", "198.51.100.20")).hasRedirectedUrl("/admin");
		}

		@Test
		void repeatedFailuresFromOneAddressLockItForEveryAccount() {
			for (int attempt = 1; attempt <= 20; attempt++) {
				assertThat(signIn("guess-" + attempt, "wrong", "203.0.113.50")).hasStatus(HttpStatus.FOUND);
			}
			assertThat(signIn("admin", PortalServerTest.ADMIN_PASSWORD, "203.0.113.50")).redirectedUrl()
				.startsWith("/login?locked=");
			assertThat(signIn("admin", PortalServerTest.ADMIN_PASSWORD, "203.0.113.51")).hasRedirectedUrl("/admin");
		}

		@Test
		void lockedPageSaysHowLongToWait() {
			assertThat(AdminSecurityTests.this.mvc.get().uri("/login?locked=3")).hasStatusOk()
				.bodyText()
				.contains("Wait 3 minutes");
			assertThat(AdminSecurityTests.this.mvc.get().uri("/login?locked=not-a-number"))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void signOutEndsTheSession() {
			assertThat(AdminSecurityTests.this.mvc.perform(logout())).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/login?logout");
		}

		@Test
		void signedInEditorOpeningTheFormGoesToTheDashboard() {
			assertThat(AdminSecurityTests.this.mvc.get().uri("/login").with(user("writer").roles("EDITOR")))
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/admin");
		}

	}

	@Nested
	class EndingSessions {

		private static final String PASSWORD = "kernel mode driver, 2023";

		@Test
		void disablingAnAccountEndsItsSessions() {
			String username = newEditor(PASSWORD);
			Cookie session = signedIn(username, PASSWORD);
			assertThat(AdminSecurityTests.this.mvc.get().uri("/admin").cookie(session)).hasStatusOk();

			AdminSecurityTests.this.accounts.disable(idOf(username), "admin");

			assertThat(AdminSecurityTests.this.mvc.get().uri("/admin").cookie(session)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login?expired");
			assertThat(AdminSecurityTests.this.mvc.post().uri("/admin/trash/empty").with(csrf()).cookie(session))
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.contains("/login");
		}

		@Test
		void resettingAPasswordEndsTheAccountsSessions() {
			String username = newEditor(PASSWORD);
			Cookie first = signedIn(username, PASSWORD);
			Cookie second = signedIn(username, PASSWORD);

			AdminSecurityTests.this.accounts.resetPassword(idOf(username),
					new PasswordForm(null, "another long passphrase", "another long passphrase"), "admin");

			for (Cookie session : new Cookie[] { first, second }) {
				assertThat(AdminSecurityTests.this.mvc.get().uri("/admin").cookie(session)).hasStatus(HttpStatus.FOUND)
					.redirectedUrl()
					.endsWith("/login?expired");
			}
			assertThat(AdminSecurityTests.this.mvc.get().uri("/login").param("expired", "")).hasStatusOk()
				.bodyText()
				.contains("Your session has ended");
		}

		@Test
		void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() {
			String username = newEditor(PASSWORD);
			Cookie here = signedIn(username, PASSWORD);
			Cookie elsewhere = signedIn(username, PASSWORD);

			assertThat(AdminSecurityTests.this.mvc.post()
				.uri("/admin/account")
				.param("currentPassword", PASSWORD)
				.param("password", "a new passphrase of mine")
				.param("confirmation", "a new passphrase of mine")
				.with(csrf())
				.cookie(here)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/account");

			assertThat(AdminSecurityTests.this.mvc.get().uri("/admin").cookie(here)).hasStatusOk();
			assertThat(AdminSecurityTests.this.mvc.get().uri("/admin").cookie(elsewhere)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login?expired");
		}

		private Cookie signedIn(String username, String password) {
			MvcTestResult signedIn = signIn(username, password, "192.0.2.77").exchange();
			assertThat(signedIn).hasRedirectedUrl("/admin");
			return sessionCookie(signedIn);
		}

		private long idOf(String username) {
			return AdminSecurityTests.this.accounts.findByUsername(username).orElseThrow().getId();
		}

	}

	@Nested
	class Headers {

		@Test
		void everyPageCarriesTheSecurityHeaders() {
			Stream.of("/", "/login").forEach((page) -> {
				var response = AdminSecurityTests.this.mvc.get().uri(page);
				assertThat(response).hasStatusOk()
					.headers()
					.hasValue("X-Content-Type-Options", "nosniff")
					.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
					.hasValue("X-Frame-Options", "DENY")
					.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
			});
			// Scripts from the portal, and the one inline script by its hash only.
			assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
				.containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
		}

		@Test
		void publicPagesStartNoSession() {
			var result = AdminSecurityTests.this.mvc.get().uri("/articles").exchange();
			assertThat(result).hasStatusOk().doesNotContainHeader("Set-Cookie");
		}

	}

}
