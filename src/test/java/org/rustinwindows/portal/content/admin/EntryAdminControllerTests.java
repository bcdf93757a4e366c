package org.rustinwindows.portal.content.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.EditOutcome;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntrySummary;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.PublicNote;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.content.markdown.MarkdownRenderer;
import org.rustinwindows.portal.content.markdown.RenderedMarkdown;
import org.rustinwindows.portal.media.MediaLibrary;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.testsupport.AdminScreenTest;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The entry editor's screens over mocked content services: what each button does, and
 * what a save reads and writes.
 */
@AdminScreenTest({ EntryAdminController.class, PreviewAdminController.class })
@Import(EntryEditorPage.class)
class EntryAdminControllerTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private final MockMvcTester mvc;

	@MockitoBean
	EditorialDesk desk;

	@MockitoBean
	EntryWriter writer;

	@MockitoBean
	EntryLifecycle lifecycle;

	@MockitoBean
	RevisionHistory history;

	@MockitoBean
	EntryFileFormat format;

	@MockitoBean
	MarkdownRenderer renderer;

	@MockitoBean
	MediaLibrary media;

	@MockitoBean
	EditorAutosaves autosaves;

	@MockitoBean
	SourceDesk sources;

	EntryAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void renderAsItIs() {
		given(this.renderer.render(anyString()))
			.willAnswer((call) -> new RenderedMarkdown("<p>" + call.getArgument(0) + "</p>", "", "", 1));
	}

	private static EntryEditView opened(long id, long version, String title) {
		return new EntryEditView(id, version,
				TestEntries.entry(EntryKind.ARTICLE, "allocators").title(title).file(EntryStatus.DRAFT),
				EntryStatus.DRAFT, "---\ntitle: " + title + "\n---\nBody\n", Instant.parse("2026-01-15T10:00:00Z"),
				"alice", 2);
	}

	private static EntryEditView published() {
		return new EntryEditView(5, 3,
				TestEntries.entry(EntryKind.ARTICLE, "allocators")
					.title("Allocators")
					.publishedAt(Instant.parse("2026-01-01T00:00:00Z"))
					.file(EntryStatus.PUBLISHED),
				EntryStatus.PUBLISHED, "---\ntitle: Allocators\n---\nBody\n", Instant.parse("2026-01-15T10:00:00Z"),
				"alice", 2);
	}

	/** A valid form at version 3, with the fields given added or replaced. */
	private MockMvcRequestBuilder post(String uri, String... fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", "Allocators");
		form.add("summary", "A summary");
		form.add("body", "Some body");
		form.add("status", "DRAFT");
		form.add("version", "3");
		MultiValueMap<String, String> given = new LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			given.add(fields[i], fields[i + 1]);
		}
		form.putAll(given);
		return this.mvc.post().uri(uri).with(EDITOR).with(csrf()).params(form);
	}

	@Test
	void createsAnEntryOfTheSectionsKindAndGoesToIt() {
		given(this.writer.create(any(EntryFile.class), eq("editor"))).willReturn(7L);
		assertThat(post("/admin/timeline/new", "eventDate", "2023-04")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/timeline/7")
			.flash()
			.containsEntry("message", "Created “Allocators”.");
		then(this.writer).should()
			.create(org.mockito.ArgumentMatchers
				.<EntryFile>argThat((file) -> file.entry().kind() == EntryKind.TIMELINE), eq("editor"));
	}

	@Test
	void showsWhatToMendAndWritesNothingForAnInvalidForm() {
		assertThat(post("/admin/articles/new", "title", "")).hasStatusOk()
			.hasViewName(EntryEditorPage.VIEW)
			.bodyText()
			.contains("Give a title.");
		then(this.writer).shouldHaveNoInteractions();
	}

	@Test
	void savesWithoutReadingTheEntryAndRedirectsToTheEditor() {
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), eq("editor"), isNull()))
			.willReturn(EditOutcome.SAVED);
		assertThat(post("/admin/articles/5")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles/5")
			.flash()
			.containsEntry("message", "Saved.");
		then(this.desk).shouldHaveNoInteractions();
		then(this.format).shouldHaveNoInteractions();
		then(this.history).shouldHaveNoInteractions();
	}

	@Test
	void savesANoteToReadersWithThePublishedEntry() {
		PublicNote note = new PublicNote(ChangeKind.CORRECTION, "The year was wrong.");
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), eq("editor"), eq(note)))
			.willReturn(EditOutcome.SAVED);

		assertThat(post("/admin/articles/5", "status", "PUBLISHED", "changeKind", "correction", "changeNote",
				"The year was wrong."))
			.hasRedirectedUrl("/admin/articles/5");
	}

	@Test
	void aNoteWithoutItsKindIsRefusedBesideWhatWasTyped() {
		given(this.desk.edit(EntryKind.ARTICLE, 5)).willReturn(published());

		assertThat(post("/admin/articles/5", "status", "PUBLISHED", "changeNote", "Kept note text.")).hasStatusOk()
			.bodyText()
			.contains("Say whether the note is a correction or an update", "Kept note text.");
		then(this.writer).shouldHaveNoInteractions();
	}

	@Test
	void saysSoWhenASaveChangedNothing() {
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), anyString(), isNull()))
			.willReturn(EditOutcome.UNCHANGED);
		assertThat(post("/admin/articles/5")).flash()
			.containsEntry("message", "Nothing had changed, so nothing was saved.");
	}

	@Test
	void showsAConflictWithTheSavedVersionAndKeepsTheFormOnTheEditorsOwn() {
		EntryEditView saved = opened(5, 4, "Alice's title");
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), anyString(), isNull()))
			.willReturn(new EditOutcome.Conflict(saved));
		given(this.format.writeAsEdited(any(EntryFile.class))).willReturn("---\ntitle: Allocators\n---\nSome body\n");
		given(this.history.diff(anyString(), anyString())).willReturn(List.of());
		assertThat(post("/admin/articles/5")).hasStatusOk()
			.hasViewName(EntryEditorPage.VIEW)
			.bodyText()
			.contains("Your text was not saved")
			.contains("name=\"version\" value=\"3\"")
			.contains("name=\"theirVersion\" value=\"4\"")
			.contains("Merge and save")
			.contains("value=\"Allocators\"");
	}

	@Test
	void showsTheFormAgainWithTheRuleABrokenSaveHit() {
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), anyString(), isNull()))
			.willThrow(new EntryRuleException("slug", "Another article has this slug."));
		given(this.desk.edit(EntryKind.ARTICLE, 5)).willReturn(opened(5, 3, "Allocators"));
		assertThat(post("/admin/articles/5")).hasStatusOk().bodyText().contains("Another article has this slug.");
	}

	@Test
	void answersASaveToAnotherKindsEntryWith404() {
		given(this.writer.update(eq(5L), eq(3L), any(EntryFile.class), anyString(), isNull()))
			.willThrow(NotFoundException.forId("FAQ item", 5));
		assertThat(post("/admin/faq/5", "faqPosition", "3")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void previewsTheBodyWithoutSaving() {
		given(this.desk.edit(EntryKind.ARTICLE, 5)).willReturn(opened(5, 3, "Allocators"));
		assertThat(post("/admin/articles/5", "action", "preview", "body", "Previewed text")).hasStatusOk()
			.bodyText()
			.contains("<p>Previewed text</p>");
		assertThat(post("/admin/articles/new", "action", "preview", "body", "New text")).hasStatusOk()
			.bodyText()
			.contains("<p>New text</p>");
		then(this.writer).shouldHaveNoInteractions();
	}

	@Test
	void changesTheSourceRowsWithoutSaving() {
		assertThat(post("/admin/articles/new", "sourceTitles", "First", "sourceUrls", "", "sourceTitles", "Second",
				"sourceUrls", "https://example.org/2", "sourceRow", "move-source-up:1"))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("value=\"Second\"", "value=\"First\"");
		assertThat(post("/admin/articles/new", "sourceTitles", "First", "sourceUrls", "", "sourceRow", "add-source"))
			.hasStatusOk()
			.bodyText()
			.contains("Source 2: title");
		then(this.writer).shouldHaveNoInteractions();
	}

	@Test
	void aRequestNamingTwoButtonsIsTheNamedButtonsNotASave() {
		assertThat(post("/admin/articles/new", "action", "preview", "sourceRow", "add-source")).hasStatusOk()
			.bodyText()
			.contains("<p>Some body</p>");
		then(this.writer).shouldHaveNoInteractions();
	}

	@Test
	void trashesOnlyAnEntryOfTheSectionsKind() {
		given(this.lifecycle.trash(EntryKind.ARTICLE, 5, "editor")).willReturn(new EntrySummary(5, EntryKind.ARTICLE,
				"allocators", "Allocators", EntryStatus.TRASHED, null, Instant.EPOCH, 4));
		assertThat(this.mvc.post().uri("/admin/articles/5/trash").with(EDITOR).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles")
			.flash()
			.containsEntry("message", "Moved “Allocators” to the trash.");
		given(this.lifecycle.trash(EntryKind.FAQ, 5, "editor")).willThrow(NotFoundException.forId("FAQ item", 5));
		assertThat(this.mvc.post().uri("/admin/faq/5/trash").with(EDITOR).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		then(this.desk).shouldHaveNoInteractions();
	}

	@Test
	void refusesAFormWithoutItsCsrfTokenOrSignIn() {
		assertThat(this.mvc.post().uri("/admin/articles/new").with(EDITOR).param("title", "T"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/articles/new").with(csrf()).param("title", "T"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		then(this.writer).shouldHaveNoInteractions();
		then(this.lifecycle).should(never()).trash(any(EntryKind.class), anyLong(), anyString());
	}

	@Test
	void rendersTheLivePreviewFragment() {
		assertThat(this.mvc.post().uri("/admin/preview").with(EDITOR).with(csrf()).param("body", "Live text"))
			.hasStatusOk()
			.bodyText()
			.contains("<p>Live text</p>")
			.doesNotContain("<html");
	}

}
