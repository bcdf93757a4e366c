package org.rustinwindows.portal;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every admin page, and every form shown back with its errors, is valid HTML by the Nu
 * Html Checker.
 */
@PortalServerTest
class AdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	static Stream<String> pages() {
		return Stream.of("/admin", "/admin/account", "/admin/users", "/admin/users/1/password");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageIsValidHtml(String page) throws Exception {
		assertValid(this.mvc.get().uri(page).with(user("admin").roles("ADMIN")).exchange(), page);
	}

	@ParameterizedTest
	@MethodSource("invalidForms")
	void formShownWithErrorsIsValidHtml(String page, String[] fields) throws Exception {
		var request = this.mvc.post().uri(page).with(user("admin").roles("ADMIN")).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).bodyText().contains("class=\"field-error\"").contains("aria-invalid=\"true\"");
		assertValid(result, page);
	}

	static Stream<Object[]> invalidForms() {
		return Stream.of(
				new Object[] { "/admin/users",
						new String[] { "username", "Not Valid!", "displayName", "", "role", "EDITOR", "password",
								"short" } },
				new Object[] { "/admin/users/1/password",
						new String[] { "password", "short", "confirmation", "other" } },
				new Object[] { "/admin/account",
						new String[] { "currentPassword", "wrong", "password", "short", "confirmation", "" } });
	}

	private static void assertValid(MvcTestResult result, String page) throws Exception {
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(HtmlChecker.errors(html)).as("Nu Html Checker errors on %s", page).isEmpty();
	}

}
