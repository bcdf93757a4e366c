package org.rustinwindows.portal.content.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.DiffLine;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.RevisionSummary;
import org.rustinwindows.portal.content.SaveOutcome;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.testsupport.AdminScreenTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An entry's history: its revisions, one revision, the difference between two, and
 * bringing one back.
 */
@AdminScreenTest(EntryHistoryAdminController.class)
class EntryHistoryAdminControllerTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private final MockMvcTester mvc;

	@MockitoBean
	EditorialDesk desk;

	@MockitoBean
	RevisionHistory history;

	EntryHistoryAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	private void articleFive() {
		given(this.desk.edit(EntryKind.ARTICLE, 5)).willReturn(new EntryEditView(5, 3,
				TestEntries.entry(EntryKind.ARTICLE, "allocators").title("Allocators").file(EntryStatus.PUBLISHED),
				EntryStatus.PUBLISHED, "---\n", Instant.parse("2026-01-15T10:00:00Z"), "bob", 2));
	}

	@Test
	void listsTheRevisionsNewestFirst() {
		articleFive();
		given(this.history.list(5))
			.willReturn(List.of(new RevisionSummary(2, "bob", Instant.parse("2026-01-15T10:00:00Z"), "Edited"),
					new RevisionSummary(1, "alice", Instant.parse("2026-01-14T10:00:00Z"), "Created")));
		assertThat(this.mvc.get().uri("/admin/articles/5/history").with(EDITOR)).hasStatusOk()
			.hasViewName("admin/content/history")
			.bodyText()
			.containsSubsequence("bob", "Edited", "alice", "Created");
	}

	@Test
	void showsTheDifferenceBetweenTwoRevisionsWhicheverWayRoundTheyAreAsked() {
		articleFive();
		given(this.history.diff(5, 2, 1)).willReturn(List.of(new DiffLine(DiffLine.Change.REMOVED, 3, 0, "Old line"),
				new DiffLine(DiffLine.Change.ADDED, 0, 3, "New line")));
		assertThat(this.mvc.get().uri("/admin/articles/5/diff?from=2&to=1").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Old line", "New line");
	}

	@Test
	void restoresARevisionAsANewOne() {
		articleFive();
		given(this.history.restore(EntryKind.ARTICLE, 5, 1, "editor")).willReturn(SaveOutcome.SAVED);
		assertThat(this.mvc.post().uri("/admin/articles/5/revisions/1/restore").with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles/5")
			.flash()
			.containsEntry("message", "Restored revision 1 as a new revision.");
	}

	@Test
	void saysWhyARevisionCannotBeRestored() {
		articleFive();
		given(this.history.restore(eq(EntryKind.ARTICLE), eq(5L), eq(1), anyString()))
			.willThrow(new EntryRuleException("revision", "Revision 1 cannot be read any more."));
		assertThat(this.mvc.post().uri("/admin/articles/5/revisions/1/restore").with(EDITOR).with(csrf()))
			.hasRedirectedUrl("/admin/articles/5/history")
			.flash()
			.containsEntry("problem", "Revision 1 cannot be restored: Revision 1 cannot be read any more.");
	}

	@Test
	void answersAnotherKindsEntryWith404() {
		given(this.desk.edit(EntryKind.FAQ, 5)).willThrow(NotFoundException.forId("FAQ item", 5));
		assertThat(this.mvc.get().uri("/admin/faq/5/history").with(EDITOR)).hasStatus(HttpStatus.NOT_FOUND);
		given(this.history.restore(eq(EntryKind.FAQ), eq(5L), eq(1), anyString()))
			.willThrow(NotFoundException.forId("FAQ item", 5));
		assertThat(this.mvc.post().uri("/admin/faq/5/revisions/1/restore").with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void restoresWithoutOpeningTheEntry() {
		given(this.history.restore(EntryKind.ARTICLE, 5, 1, "editor")).willReturn(SaveOutcome.UNCHANGED);
		assertThat(this.mvc.post().uri("/admin/articles/5/revisions/1/restore").with(EDITOR).with(csrf()))
			.hasRedirectedUrl("/admin/articles/5")
			.flash()
			.containsEntry("message", "Revision 1 is what the entry already says; nothing changed.");
		then(this.desk).shouldHaveNoInteractions();
	}

}
