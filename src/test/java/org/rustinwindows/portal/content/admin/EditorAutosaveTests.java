package org.rustinwindows.portal.content.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editor page keeps what is typed and offers it back: to the editor who typed it,
 * until they save or let it go, without touching the entry or its history.
 */
@PortalServerTest
class EditorAutosaveTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-autosave-");

	private static final RequestPostProcessor WRITER = user("writer").roles("EDITOR");

	private static final RequestPostProcessor OTHER = user("other").roles("EDITOR");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	EditorAutosaveTests(MockMvcTester mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	@AfterEach
	void forgetTheKeptTexts() {
		this.jdbc.update("delete from editor_autosave");
	}

	private MockMvcTester.MockMvcRequestBuilder keep(RequestPostProcessor editor, String path, long id, String body) {
		return this.mvc.post()
			.uri(path)
			.with(editor)
			.with(csrf())
			.param("version", String.valueOf(entries.opened(EntryKind.ARTICLE, id).version()))
			.param("title", "Kept title")
			.param("summary", "Kept summary")
			.param("body", body)
			.param("status", "DRAFT");
	}

	@Test
	void aKeptTextIsOfferedBackToItsEditorAndRestoredWithTheVersionItWasTypedOn() {
		long id = entries.article("offered").title("Saved title").body("Saved body.").draft();
		long revisions = entries.opened(EntryKind.ARTICLE, id).version();
		assertThat(keep(WRITER, "/admin/articles/" + id + "/autosave", id, "Typed, not saved.\r\nSecond line."))
			.hasStatus(HttpStatus.NO_CONTENT)
			.headers()
			.hasValue("Cache-Control", "no-store");
		assertThat(entries.opened(EntryKind.ARTICLE, id).file().entry().bodyMarkdown()).isEqualTo("Saved body.");
		assertThat(entries.opened(EntryKind.ARTICLE, id).version()).isEqualTo(revisions);

		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(WRITER)).hasStatusOk()
			.bodyText()
			.contains("You have text here that you did not save", "Restore the unsaved text")
			.contains("Saved body.");
		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(OTHER)).hasStatusOk()
			.bodyText()
			.doesNotContain("did not save");

		assertThat(this.mvc.get().uri("/admin/articles/" + id + "?restore=").with(WRITER)).hasStatusOk()
			.bodyText()
			.contains("Restored the text you had not saved", "Typed, not saved.", "Kept title")
			.contains("name=\"version\" value=\"" + revisions + "\"")
			.contains("data-unsaved=\"true\"");
	}

	@Test
	void savingTheEntryOrLettingTheTextGoEndsTheOffer() {
		long id = entries.article("ended").title("Saved title").body("Saved body.").draft();
		keep(WRITER, "/admin/articles/" + id + "/autosave", id, "Typed.").exchange();
		assertThat(this.mvc.post().uri("/admin/articles/" + id + "/autosave/discard").with(WRITER).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles/" + id);
		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(WRITER)).bodyText().doesNotContain("did not save");

		keep(WRITER, "/admin/articles/" + id + "/autosave", id, "Typed again.").exchange();
		assertThat(keep(WRITER, "/admin/articles/" + id, id, "Typed again.").param("action", "save"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(WRITER)).bodyText().doesNotContain("did not save");
	}

	@Test
	void aKeptTextTheSameAsTheSavedOneIsNotOffered() {
		long id = entries.article("same").body("Same.").draft();
		EntryForm saved = EntryForm.of(entries.opened(EntryKind.ARTICLE, id));
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/articles/" + id + "/autosave")
			.with(WRITER)
			.with(csrf())
			.param("version", saved.version())
			.param("title", saved.title())
			.param("slug", saved.slug())
			.param("summary", saved.summary())
			.param("body", "Same.\r\n")
			.param("tags", saved.tags())
			.param("status", saved.status())
			.param("publishAt", saved.publishAt())
			.param("related", saved.related());
		saved.sources().forEach((row) -> request.param("sourceTitles", row.title()).param("sourceUrls", row.url()));
		// The browser also sends the empty row an editor has not filled.
		request.param("sourceTitles", "").param("sourceUrls", "").exchange();
		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(WRITER)).bodyText()
			.doesNotContain("did not save")
			.contains("data-unsaved=\"false\"");
	}

	@Test
	void aNewEntrysTextIsKeptUntilItIsCreated() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/new/autosave")
			.with(WRITER)
			.with(csrf())
			.param("title", "A new one")
			.param("body", "Begun.")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/admin/articles/new?restore=").with(WRITER)).bodyText()
			.contains("Restored the text", "Begun.", "A new one");
	}

	@Test
	void keepingNeedsTheFormsToken() {
		long id = entries.article("token").draft();
		assertThat(this.mvc.post().uri("/admin/articles/" + id + "/autosave").with(WRITER).param("body", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/articles/" + id + "/autosave").with(csrf()).param("body", "x"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from editor_autosave", Integer.class)).isZero();
	}

}
