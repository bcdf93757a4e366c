package org.rustinwindows.portal;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import org.rustinwindows.portal.tracker.StatusDesk;

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

	private final MockMvcTester mvc;

	private final EditorialDesk desk;

	private final SourceDesk sources;

	private final StatusDesk statusItems;

	AdminPagesTests(MockMvcTester mvc, EditorialDesk desk, SourceDesk sources, StatusDesk statusItems) {
		this.mvc = mvc;
		this.desk = desk;
		this.sources = sources;
		this.statusItems = statusItems;
	}

	Stream<String> pages() {
		long article = this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, null), 1)
			.items()
			.get(0)
			.id();
		long event = this.desk.list(EntryKind.TIMELINE, new EntryFilter(null, null, null, null), 1).items().get(0).id();
		long question = this.desk.list(EntryKind.FAQ, new EntryFilter(null, null, null, null), 1).items().get(0).id();
		long item = this.statusItems.list().get(0).id();
		return Stream.of("/admin", "/admin/account", "/admin/users", "/admin/users/1/password", "/admin/articles",
				"/admin/articles?status=DRAFT&q=none", "/admin/timeline", "/admin/faq", "/admin/articles/new",
				"/admin/timeline/new", "/admin/faq/new", "/admin/articles/" + article, "/admin/timeline/" + event,
				"/admin/faq/" + question, "/admin/articles/" + article + "/history", "/admin/trash", "/admin/tags",
				"/admin/tags/windows-kernel", "/admin/audit", "/admin/transfer", "/admin/comments",
				"/admin/comments?status=spam", "/admin/backup", "/admin/search-index", "/admin/media", "/admin/sources",
				"/admin/sources?title=drivers",
				"/admin/sources/" + this.sources.page(null, 1).items().get(0).source().id());
	}

	@Test
	void everyPageIsValidHtml() throws Exception {
		for (String page : pages().toList()) {
			assertValid(this.mvc.get().uri(page).with(user("admin").roles("ADMIN")).exchange(), page);
		}
	}

	@Test
	void previewFragmentIsValidHtml() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/preview")
			.param("body", "## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```rust\nfn main() {}\n```\n")
			.with(user("writer").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("<h2")
			.contains("<table")
			.startsWith("<div id=\"preview\"");
		String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
				+ result.getResponse().getContentAsString() + "</body></html>";
		assertThat(HtmlChecker.errors(page)).isEmpty();
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
						new String[] { "currentPassword", "wrong", "password", "short", "confirmation", "" } },
				new Object[] { "/admin/articles/new",
						new String[] { "title", "", "summary", "", "slug", "Not a slug!", "status", "SCHEDULED",
								"publishAt", "tomorrow", "tags", "Kernel", "sourceTitles", "x".repeat(301),
								"sourceUrls", "https://example.org", "related", "nowhere", "body", "Body" } },
				new Object[] { "/admin/timeline/new",
						new String[] { "title", "Event", "summary", "S", "eventDate", "2023-13", "status", "DRAFT",
								"body", "" } },
				new Object[] { "/admin/faq/new", new String[] { "title", "Q?", "summary", "S", "faqPosition", "first",
						"status", "PUBLISHED", "body", "" } });
	}

	private static void assertValid(MvcTestResult result, String page) throws Exception {
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(HtmlChecker.errors(html)).as("Nu Html Checker errors on %s", page).isEmpty();
	}

}
