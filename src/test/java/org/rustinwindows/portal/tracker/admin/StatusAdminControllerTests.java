package org.rustinwindows.portal.tracker.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.DiffLine;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.testsupport.AdminScreenTest;
import org.rustinwindows.portal.tracker.StatusChangeRecord;
import org.rustinwindows.portal.tracker.StatusDesk;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusItemEditView;
import org.rustinwindows.portal.tracker.StatusItemRevisionView;
import org.rustinwindows.portal.tracker.StatusItemSummary;
import org.rustinwindows.portal.tracker.StatusItemText;
import org.rustinwindows.portal.tracker.TrackedStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editors' screens of the status board over a mocked desk.
 */
@AdminScreenTest(StatusAdminController.class)
class StatusAdminControllerTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private static final StatusItemText TEXT = new StatusItemText("gdi", "GDI", StatusGroup.KERNEL, "Graphics.",
			"About *GDI*.", 4);

	private final MockMvcTester mvc;

	@MockitoBean
	StatusDesk desk;

	@MockitoBean
	SourceDesk sources;

	@MockitoBean
	RevisionHistory history;

	StatusAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void oneItem() {
		given(this.desk.edit(7)).willReturn(
				new StatusItemEditView(7, 2, TEXT, List.of(new EntryRef(EntryKind.TIMELINE, "gdi-work")), List.of()));
		given(this.sources.citable(anyInt()))
			.willReturn(List.of(new SourceRef("A known report", "https://example.org/r")));
	}

	@Test
	void listsItemsWithTheirStatus() {
		given(this.desk.list()).willReturn(List.of(
				new StatusItemSummary(7, "gdi", "GDI", StatusGroup.KERNEL, TrackedStatus.ANNOUNCED,
						EventDate.parse("2023-04")),
				new StatusItemSummary(8, "bare", "Bare", StatusGroup.TOOLING, null, null)));

		assertThat(this.mvc.get().uri("/admin/status").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("GDI", "Announced", "April 2023", "No record yet", "href=\"/admin/status/7\"");
	}

	@Test
	void theEditPageHasTheDescriptionAndTheRecordForm() {
		assertThat(this.mvc.get().uri("/admin/status/7").with(EDITOR)).hasStatusOk()
			.hasViewName("admin/tracker/edit")
			.bodyText()
			.contains("value=\"GDI\"", "About *GDI*.", "timeline/gdi-work", "name=\"version\" value=\"2\"")
			.contains("action=\"/admin/status/7/records\"", "<option value=\"A known report\"",
					"data-url=\"https://example.org/r\"");
	}

	@Test
	void createsAnItem() {
		given(this.desk.create(eq(TEXT), eq(List.of(new EntryRef(EntryKind.TIMELINE, "gdi-work"))), eq("editor")))
			.willReturn(7L);

		assertThat(this.mvc.post()
			.uri("/admin/status/new")
			.with(EDITOR)
			.with(csrf())
			.param("slug", "gdi")
			.param("title", "GDI")
			.param("group", "kernel")
			.param("summary", "Graphics.")
			.param("body", "About *GDI*.")
			.param("position", "4")
			.param("related", "timeline/gdi-work")).hasRedirectedUrl("/admin/status/7");
	}

	@Test
	void aBadPlaceIsRefusedWithWhatWasTypedKept() {
		assertThat(this.mvc.post()
			.uri("/admin/status/new")
			.with(EDITOR)
			.with(csrf())
			.param("slug", "gdi")
			.param("title", "Kept title")
			.param("group", "kernel")
			.param("summary", "Graphics.")
			.param("position", "fourth")).hasStatusOk()
			.bodyText()
			.contains("Give the item&#39;s place in its group as a number", "value=\"Kept title\"", "value=\"fourth\"");
		then(this.desk).should(never()).create(any(), any(), any());
	}

	@Test
	void aSaveCrossingAnotherKeepsTheEditorsText() {
		willThrow(new OptimisticLockingFailureException("changed")).given(this.desk)
			.update(eq(7L), eq(1L), any(), any(), eq("editor"), any());

		assertThat(this.mvc.post()
			.uri("/admin/status/7")
			.with(EDITOR)
			.with(csrf())
			.param("version", "1")
			.param("slug", "gdi")
			.param("title", "GDI")
			.param("group", "kernel")
			.param("summary", "My summary.")
			.param("position", "4")).hasStatusOk()
			.bodyText()
			.contains("Someone saved this item after you opened it", "value=\"My summary.\"",
					"name=\"version\" value=\"2\"");
	}

	@Test
	void recordsAChange() {
		StatusChangeRecord expected = new StatusChangeRecord(EventDate.parse("2025-11"), TrackedStatus.PREVIEW,
				"In an Insider build.", new SourceRef("A known report", "https://example.org/r"));

		assertThat(this.mvc.post()
			.uri("/admin/status/7/records")
			.with(EDITOR)
			.with(csrf())
			.param("on", "2025-11")
			.param("status", "preview")
			.param("note", "In an Insider build.")
			.param("sourceTitle", "A known report")
			.param("sourceUrl", "https://example.org/r")).hasRedirectedUrl("/admin/status/7");
		then(this.desk).should().record(7, expected, "editor");
	}

	@Test
	void aRecordWithAnUnreadableDateIsRefusedWithItsTextKept() {
		assertThat(this.mvc.post()
			.uri("/admin/status/7/records")
			.with(EDITOR)
			.with(csrf())
			.param("on", "last spring")
			.param("status", "preview")
			.param("note", "Kept note.")
			.param("sourceTitle", "A known report")).hasStatusOk()
			.bodyText()
			.contains("Give the day of the evidence", "value=\"last spring\"", "value=\"Kept note.\"")
			.containsPattern("id=\"on\"[^>]*aria-invalid=\"true\"");
		then(this.desk).should(never()).record(anyLong(), any(), any());
	}

	@Test
	void aRecordTheDeskRefusesShowsWhy() {
		willThrow(new EntryRuleException("on", "Give a day from 2000 to today: evidence cannot come from the future."))
			.given(this.desk)
			.record(eq(7L), any(), eq("editor"));

		assertThat(this.mvc.post()
			.uri("/admin/status/7/records")
			.with(EDITOR)
			.with(csrf())
			.param("on", "2099-01-01")
			.param("status", "preview")
			.param("note", "Future.")
			.param("sourceTitle", "A known report")).hasStatusOk()
			.bodyText()
			.contains("evidence cannot come from the future", "value=\"2099-01-01\"");
	}

	@Test
	void showsTheRevisions() {
		given(this.desk.revisions(7)).willReturn(List.of(new StatusItemRevisionView(2, Instant.EPOCH, "editor",
				"Recorded preview as of 2025-11", "---\ntitle: GDI\n---\n")));
		given(this.desk.revision(7, 2)).willReturn(new StatusItemRevisionView(2, Instant.EPOCH, "editor",
				"Recorded preview as of 2025-11", "---\ntitle: GDI\n---\n"));
		given(this.desk.revision(7, 1))
			.willReturn(new StatusItemRevisionView(1, Instant.EPOCH, "editor", "Created", "---\ntitle: Gdi\n---\n"));
		given(this.history.diff("---\ntitle: Gdi\n---\n", "---\ntitle: GDI\n---\n"))
			.willReturn(List.of(new DiffLine(DiffLine.Change.REMOVED, 2, 0, "title: Gdi"),
					new DiffLine(DiffLine.Change.ADDED, 0, 2, "title: GDI")));

		assertThat(this.mvc.get().uri("/admin/status/7/history").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Revision 2", "Recorded preview as of 2025-11");
		assertThat(this.mvc.get().uri("/admin/status/7/history/2").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("What it changed", "removed", "title: Gdi", "added", "title: GDI");
	}

	@Test
	void needsASignedInEditorAndAToken() {
		assertThat(this.mvc.get().uri("/admin/status")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/admin/status/7/records").with(EDITOR).param("on", "2025"))
			.hasStatus4xxClientError();
	}

}
