package org.rustinwindows.portal.content.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourceListing;
import org.rustinwindows.portal.content.SourceView;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.testsupport.AdminScreenTest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editors' list of sources and the form that describes one.
 */
@AdminScreenTest(SourceAdminController.class)
class SourceAdminControllerTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private static final SourceView SOURCE = new SourceView(5, new SourceDetails("a-report", "A report",
			"https://example.org/report", "A magazine", null, null, SourceKind.REPORT, null), Instant.EPOCH, 3);

	private final MockMvcTester mvc;

	@MockitoBean
	SourceDesk sources;

	SourceAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void oneSource() {
		given(this.sources.get(5)).willReturn(SOURCE);
	}

	@Test
	void listsSourcesWithTheirKindAndCitations() {
		given(this.sources.page(null, 1)).willReturn(new PageView<>(List.of(new SourceListing(SOURCE, 2)), 1, 1, 1));

		assertThat(this.mvc.get().uri("/admin/sources").with(EDITOR)).hasStatusOk()
			.hasViewName("admin/content/sources")
			.bodyText()
			.contains("A report", "A magazine", "Report", "2 entries", "href=\"/admin/sources/5\"");
	}

	@Test
	void theFormShowsTheSourceAsStored() {
		assertThat(this.mvc.get().uri("/admin/sources/5").with(EDITOR)).hasStatusOk()
			.hasViewName("admin/content/source")
			.bodyText()
			.contains("value=\"https://example.org/report\"", "value=\"A magazine\"", "name=\"version\" value=\"3\"")
			.containsPattern("id=\"kind-report\"[^>]*checked");
	}

	@Test
	void savesADescription() {
		SourceDetails described = new SourceDetails("a-report", "A report", "https://example.org/report", "A magazine",
				"A. Writer", EventDate.parse("2024-02"), SourceKind.PRIMARY, "Checked.");
		given(this.sources.describe(5, 3, described, "editor")).willReturn(SOURCE);

		assertThat(post().param("author", "A. Writer")
			.param("date", "2024-02")
			.param("kind", "primary")
			.param("note", "Checked.")).hasRedirectedUrl("/admin/sources/5")
			.flash()
			.containsEntry("message", "Saved “A report”.");
	}

	@Test
	void aDateThatCannotBeReadIsRefusedWithTheTextKept() {
		assertThat(post().param("date", "last spring").param("kind", "report").param("author", "Kept Author"))
			.hasStatusOk()
			.bodyText()
			.contains("Give the date as YYYY, YYYY-MM or YYYY-MM-DD", "value=\"last spring\"", "value=\"Kept Author\"");
		then(this.sources).should(never()).describe(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aRuleTheDeskEnforcesIsShownBesideItsField() {
		given(this.sources.describe(eq(5L), eq(3L), any(), eq("editor")))
			.willThrow(new EntryRuleException("slug", "Another source has this slug."));

		assertThat(post().param("kind", "report")).hasStatusOk()
			.bodyText()
			.contains("Another source has this slug.", "value=\"a-report\"")
			.containsPattern("id=\"slug\"[^>]*aria-invalid=\"true\"");
	}

	@Test
	void aSaveCrossingAnotherKeepsTheEditorsTextAndShowsTheirs() {
		given(this.sources.describe(eq(5L), eq(2L), any(), eq("editor")))
			.willThrow(new OptimisticLockingFailureException("changed"));

		assertThat(this.mvc.post()
			.uri("/admin/sources/5")
			.with(EDITOR)
			.with(csrf())
			.param("version", "2")
			.param("slug", "a-report")
			.param("title", "My title")
			.param("kind", "report")).hasStatusOk()
			.bodyText()
			.contains("Someone saved this source after you opened it", "value=\"My title\"",
					"name=\"version\" value=\"3\"");
	}

	@Test
	void aCitedSourceIsNotDeleted() {
		willThrow(new EntryRuleException("source", "Something still cites this source; remove those citations first."))
			.given(this.sources)
			.delete(5, "editor");

		assertThat(this.mvc.post().uri("/admin/sources/5/delete").with(EDITOR).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Something still cites this source");
	}

	@Test
	void formsNeedTheirToken() {
		assertThat(this.mvc.post().uri("/admin/sources/5").with(EDITOR).param("kind", "report"))
			.hasStatus4xxClientError();
	}

	private MockMvcTester.MockMvcRequestBuilder post() {
		return this.mvc.post()
			.uri("/admin/sources/5")
			.with(EDITOR)
			.with(csrf())
			.param("version", "3")
			.param("slug", "a-report")
			.param("title", "A report")
			.param("url", "https://example.org/report")
			.param("publication", "A magazine");
	}

}
