package org.rustinwindows.portal.content.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntrySummary;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The admin's editing screens against the running portal: what an editor posts, what
 * comes back, and what readers then see. Every entry a test publishes is deleted again.
 */
@PortalServerTest
class EntryAdminTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-");

	private static final RequestPostProcessor EDITOR = user("writer").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private final MockMvcTester mvc;

	private final EditorialDesk desk;

	EntryAdminTests(MockMvcTester mvc, EditorialDesk desk) {
		this.mvc = mvc;
		this.desk = desk;
	}

	private MockMvcTester.MockMvcRequestBuilder post(String uri, String... fields) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(EDITOR).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private long createArticle(String slug, String status) {
		MvcTestResult result = post("/admin/articles/new", "title", "Test " + slug, "slug", slug, "summary",
				"A summary", "body", "First **body**.", "tags", "Kernel, test-tag", "sourceTitles", "A source",
				"sourceUrls", "https://example.org/source", "status", status, "action", "save")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/articles/");
		return Long.parseLong(location.substring("/admin/articles/".length()));
	}

	private String version(long id) {
		return String.valueOf(entries.opened(EntryKind.ARTICLE, id).version());
	}

	@Test
	void createdDraftIsEditableButNotPublic() {
		long id = createArticle("test-draft", "DRAFT");
		EntryEditView view = entries.opened(EntryKind.ARTICLE, id);
		assertThat(view.status()).isEqualTo(EntryStatus.DRAFT);
		assertThat(view.file().entry().tagNames()).containsExactly("Kernel", "test-tag");
		assertThat(view.file().entry().sources())
			.containsExactly(new SourceRef("A source", "https://example.org/source"));
		assertThat(this.mvc.get().uri("/articles/test-draft")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/articles/" + id).with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("value=\"Test test-draft\"");
	}

	@Test
	void slugIsMadeFromTheTitleWhenLeftEmpty() {
		assertThat(post("/admin/articles/new", "title", "Test: Rust & the kernel", "slug", "", "summary", "S", "body",
				"B", "status", "DRAFT")
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, "test-rust-the-kernel", null), 1).items())
			.hasSize(1);
	}

	@Test
	void invalidFormIsShownBackWithMessagesAndEverythingTyped() {
		MvcTestResult result = post("/admin/articles/new", "title", "", "summary", "My careful summary", "body",
				"My long body that must not be lost", "slug", "Bad Slug", "status", "DRAFT", "tags", "Kernel")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Give a title.")
			.contains("My careful summary")
			.contains("My long body that must not be lost")
			.contains("value=\"Bad Slug\"")
			.contains("Not saved");
	}

	@Test
	void slugTakenByAnotherEntryIsShownOnTheSlugField() {
		MvcTestResult result = post("/admin/articles/new", "title", "Copy", "slug", "the-memory-safety-case", "summary",
				"S", "body", "B", "status", "DRAFT")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Another article has this slug.").contains("slug-error");
	}

	@Test
	void sourceRowsAreAddedMovedAndRemovedWithoutSaving() throws Exception {
		MvcTestResult added = post("/admin/articles/new", "title", "Test rows", "summary", "S", "body", "B", "status",
				"DRAFT", "sourceTitles", "First", "sourceUrls", "", "sourceTitles", "Second", "sourceUrls", "",
				"sourceRow", "add-source")
			.exchange();
		assertThat(added).hasStatusOk().bodyText().contains("Source 3: title");
		MvcTestResult moved = post("/admin/articles/new", "title", "Test rows", "summary", "S", "body", "B", "status",
				"DRAFT", "sourceTitles", "First", "sourceUrls", "", "sourceTitles", "Second", "sourceUrls", "",
				"sourceRow", "move-source-up:1")
			.exchange();
		String body = moved.getResponse().getContentAsString();
		assertThat(body.indexOf("value=\"Second\"")).isLessThan(body.indexOf("value=\"First\""));
		MvcTestResult removed = post("/admin/articles/new", "title", "Test rows", "summary", "S", "body", "B", "status",
				"DRAFT", "sourceTitles", "First", "sourceUrls", "", "sourceTitles", "Second", "sourceUrls", "",
				"sourceRow", "remove-source:0")
			.exchange();
		assertThat(removed).bodyText().doesNotContain("value=\"First\"").contains("value=\"Second\"");
		assertThat(this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, "test-rows", null), 1).isEmpty())
			.isTrue();
	}

	@Test
	void previewButtonRendersTheBodyWithoutSaving() {
		MvcTestResult result = post("/admin/articles/new", "title", "Test preview", "summary", "S", "body",
				"## A heading\n\nSome *emphasis*.", "status", "DRAFT", "action", "preview")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("<em>emphasis</em>").contains("A heading").contains("<h2");
	}

	@Test
	void livePreviewRendersTheBodyAsAFragment() {
		assertThat(post("/admin/preview", "body", "Some `code` <script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.contains("<code>code</code>")
			.doesNotContain("<html");
	}

	@Test
	void publishedEntryWithANewSlugRedirectsFromItsOldAddress() {
		long id = createArticle("test-old-address", "PUBLISHED");
		assertThat(this.mvc.get().uri("/articles/test-old-address")).hasStatusOk();
		EntryForm form = EntryForm.of(entries.opened(EntryKind.ARTICLE, id));
		assertThat(post("/admin/articles/" + id, "version", form.version(), "title", form.title(), "slug",
				"test-new-address", "summary", form.summary(), "body", form.body(), "status", "PUBLISHED", "publishAt",
				form.publishAt())
			.exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/articles/" + id);
		assertThat(this.mvc.get().uri("/articles/test-old-address?ref=feed")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.headers()
			.hasValue("Location", "http://localhost/articles/test-new-address?ref=feed");
		assertThat(this.mvc.get().uri("/articles/test-new-address")).hasStatusOk();
	}

	@Test
	void secondEditorSavingAnOlderVersionSeesBothVersionsAndLosesNothing() {
		long id = createArticle("test-conflict", "DRAFT");
		String opened = version(id);
		assertThat(post("/admin/articles/" + id, "version", opened, "title", "Test conflict", "slug", "test-conflict",
				"summary", "Alice's summary", "body", "Alice's body.", "status", "DRAFT")
			.exchange()).hasStatus(HttpStatus.FOUND);
		MvcTestResult conflict = post("/admin/articles/" + id, "version", opened, "title", "Test conflict", "slug",
				"test-conflict", "summary", "Bob's summary", "body", "Bob's body.", "status", "DRAFT")
			.exchange();
		assertThat(conflict).hasStatusOk()
			.bodyText()
			.contains("Someone saved this entry after you opened it")
			.contains("Bob&#39;s body.")
			.contains("Alice&#39;s body.")
			.contains("name=\"version\" value=\"" + opened + "\"")
			.contains("name=\"theirVersion\" value=\"" + version(id) + "\"");
		assertThat(entries.opened(EntryKind.ARTICLE, id).file().entry().bodyMarkdown()).isEqualTo("Alice's body.");

		// Saving the same form again is the same conflict: Alice's change is never
		// dropped unseen.
		assertThat(post("/admin/articles/" + id, "version", opened, "title", "Test conflict", "slug", "test-conflict",
				"summary", "Bob's summary", "body", "Bob's body.", "status", "DRAFT")
			.exchange()).hasStatusOk().bodyText().contains("Someone saved this entry after you opened it");
		assertThat(entries.opened(EntryKind.ARTICLE, id).file().entry().bodyMarkdown()).isEqualTo("Alice's body.");
	}

	@Nested
	class Conflicts {

		private long id;

		private String opened;

		private String baseRevision;

		/** Alice opens the entry, Bob saves a new summary, Alice saves her body. */
		private MvcTestResult aliceMeetsBobsSave(String aliceBody) {
			this.id = createArticle("test-merge", "DRAFT");
			this.opened = version(this.id);
			this.baseRevision = String.valueOf(entries.opened(EntryKind.ARTICLE, this.id).revision());
			assertThat(post("/admin/articles/" + this.id, "version", this.opened, "baseRevision", this.baseRevision,
					"title", "Test merge", "slug", "test-merge", "summary", "Bob's summary", "body", "First **body**.",
					"tags", "Kernel, test-tag", "sourceTitles", "A source", "sourceUrls", "https://example.org/source",
					"status", "DRAFT")
				.exchange()).hasStatus(HttpStatus.FOUND);
			MvcTestResult conflict = post("/admin/articles/" + this.id, "version", this.opened, "baseRevision",
					this.baseRevision, "title", "Test merge", "slug", "test-merge", "summary", "A summary", "body",
					aliceBody, "tags", "Kernel, test-tag", "sourceTitles", "A source", "sourceUrls",
					"https://example.org/source", "status", "DRAFT")
				.exchange();
			assertThat(conflict).hasStatusOk().bodyText().contains("Someone saved this entry after you opened it");
			return conflict;
		}

		private String hidden(MvcTestResult page, String name) {
			String html = new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
			assertThat(value.find()).as(name).isTrue();
			return HtmlUtils.htmlUnescape(value.group(1));
		}

		private MockMvcTester.MockMvcRequestBuilder resolve(MvcTestResult page, String action, String... more) {
			String[] fields = { "mine", hidden(page, "mine"), "myVersion", hidden(page, "myVersion"), "theirVersion",
					hidden(page, "theirVersion"), "baseRevision", hidden(page, "baseRevision") };
			String[] all = Arrays.copyOf(fields, fields.length + more.length);
			System.arraycopy(more, 0, all, fields.length, more.length);
			return post("/admin/articles/" + this.id + "/" + action, all);
		}

		@Test
		void changesToDifferentLinesAreMergedAndBothReachTheLiveEntry() throws Exception {
			MvcTestResult conflict = aliceMeetsBobsSave("First **body**.\n\nAlice's second paragraph.");
			assertThat(conflict).bodyText().contains("You changed different lines");
			assertThat(resolve(conflict, "merge").exchange()).hasStatus(HttpStatus.FOUND)
				.flash()
				.containsEntry("message", "Merged with the version saved meanwhile and saved.");
			NewEntry saved = entries.opened(EntryKind.ARTICLE, this.id).file().entry();
			assertThat(saved.summary()).isEqualTo("Bob's summary");
			assertThat(saved.bodyMarkdown().strip()).isEqualTo("First **body**.\n\nAlice's second paragraph.");
		}

		@Test
		void linesBothChangedAreMergedAsTheEditorChooses() throws Exception {
			this.id = createArticle("test-merge", "DRAFT");
			String opened = version(this.id);
			String base = String.valueOf(entries.opened(EntryKind.ARTICLE, this.id).revision());
			assertThat(post("/admin/articles/" + this.id, "version", opened, "baseRevision", base, "title",
					"Test merge", "slug", "test-merge", "summary", "A summary", "body", "Bob's body.", "tags",
					"Kernel, test-tag", "sourceTitles", "A source", "sourceUrls", "https://example.org/source",
					"status", "DRAFT")
				.exchange()).hasStatus(HttpStatus.FOUND);
			MvcTestResult conflict = post("/admin/articles/" + this.id, "version", opened, "baseRevision", base,
					"title", "Test merge", "slug", "test-merge", "summary", "A summary", "body", "Alice's body.",
					"tags", "Kernel, test-tag", "sourceTitles", "A source", "sourceUrls", "https://example.org/source",
					"status", "DRAFT")
				.exchange();
			assertThat(conflict).bodyText().contains("Change 1 of 1", "Keep both, theirs first");
			assertThat(HtmlChecker
				.errors(new String(conflict.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)))
				.as("Nu Html Checker errors on the conflict page")
				.isEmpty();

			assertThat(resolve(conflict, "merge").exchange()).hasStatusOk()
				.bodyText()
				.contains("Choose, for each change you both made, which to keep.");
			assertThat(resolve(conflict, "merge", "choice-1", "BOTH").exchange()).hasStatus(HttpStatus.FOUND);
			assertThat(entries.opened(EntryKind.ARTICLE, this.id).file().entry().bodyMarkdown().strip())
				.isEqualTo("Bob's body.\nAlice's body.");
		}

		@Test
		void overwritingNamesWhatIsLostAndNeedsAConfirmation() throws Exception {
			MvcTestResult conflict = aliceMeetsBobsSave("Alice's body.");
			assertThat(conflict).bodyText().contains("These changes of theirs would be lost", "Bob&#39;s summary");
			assertThat(resolve(conflict, "overwrite").exchange()).hasStatusOk()
				.bodyText()
				.contains("Tick the box to confirm");
			assertThat(entries.opened(EntryKind.ARTICLE, this.id).file().entry().summary()).isEqualTo("Bob's summary");
			assertThat(resolve(conflict, "overwrite", "confirm", "yes").exchange()).hasStatus(HttpStatus.FOUND);
			NewEntry saved = entries.opened(EntryKind.ARTICLE, this.id).file().entry();
			assertThat(saved.summary()).isEqualTo("A summary");
			assertThat(saved.bodyMarkdown()).isEqualToIgnoringWhitespace("Alice's body.");
		}

		@Test
		void aThirdSaveMeanwhileIsShownRatherThanOverwritten() throws Exception {
			MvcTestResult conflict = aliceMeetsBobsSave("Alice's body.");
			assertThat(post("/admin/articles/" + this.id, "version", version(this.id), "title", "Test merge", "slug",
					"test-merge", "summary", "Carol's summary", "body", "First **body**.", "tags", "Kernel, test-tag",
					"sourceTitles", "A source", "sourceUrls", "https://example.org/source", "status", "DRAFT")
				.exchange()).hasStatus(HttpStatus.FOUND);
			assertThat(resolve(conflict, "overwrite", "confirm", "yes").exchange()).hasStatusOk()
				.bodyText()
				.contains("They saved again meanwhile", "Carol&#39;s summary");
			assertThat(entries.opened(EntryKind.ARTICLE, this.id).file().entry().summary())
				.isEqualTo("Carol's summary");
		}

	}

	@Test
	void historyListsRevisionsComparesAndRestores() {
		long id = createArticle("test-history", "DRAFT");
		assertThat(post("/admin/articles/" + id, "version", version(id), "title", "Test history, second", "slug",
				"test-history", "summary", "A summary", "body", "Second body.", "status", "DRAFT")
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/articles/" + id + "/history").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Created")
			.contains("Edited");
		assertThat(this.mvc.get().uri("/admin/articles/" + id + "/diff?from=1&to=2").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Second body.")
			.contains("removed");
		assertThat(this.mvc.get().uri("/admin/articles/" + id + "/revisions/1").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("First **body**.");
		assertThat(post("/admin/articles/" + id + "/revisions/1/restore").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(entries.opened(EntryKind.ARTICLE, id).file().entry().title()).isEqualTo("Test test-history");
		assertThat(this.mvc.get().uri("/admin/articles/" + id + "/revisions/99").with(EDITOR))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void trashTakesAnEntryOffTheSiteUntilRestored() {
		long id = createArticle("test-trash", "PUBLISHED");
		assertThat(post("/admin/articles/" + id + "/trash").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/articles/test-trash")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/trash").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Test test-trash");
		assertThat(post("/admin/trash/" + id + "/restore").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/articles/test-trash")).hasStatusOk();
	}

	@Test
	void onlyAdminsEmptyTheTrash() {
		long id = createArticle("test-empty", "DRAFT");
		post("/admin/articles/" + id + "/trash").exchange();
		assertThat(post("/admin/trash/empty").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.desk.trash(1).items()).extracting(EntrySummary::id).contains(id);
		assertThat(this.mvc.post().uri("/admin/trash/empty").with(ADMIN).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.desk.trash(1).items()).isEmpty();
	}

	@Test
	void tamperedOrMalformedInputGetsAMessageOrA4xxNeverA500() {
		long id = createArticle("test-tampered", "DRAFT");
		List<MvcTestResult> results = List.of(
				post("/admin/articles/new", "title", "T", "summary", "S", "status", "FOO").exchange(),
				post("/admin/articles/" + id, "version", "abc", "title", "T", "summary", "S", "status", "DRAFT")
					.exchange(),
				post("/admin/articles/new", "title", "T", "summary", "S", "status", "DRAFT", "sources[300].title", "x",
						"sourceTitles[300]", "y")
					.exchange(),
				post("/admin/articles/new", "title", "T", "summary", "S", "status", "DRAFT", "sourceRow",
						"remove-source:99999999999")
					.exchange(),
				post("/admin/faq/new", "title", "T?", "summary", "S", "status", "PUBLISHED", "faqPosition", "-4")
					.exchange(),
				post("/admin/articles/999999", "version", "0", "title", "T", "summary", "S", "status", "DRAFT")
					.exchange(),
				post("/admin/articles/" + id, "version", version(id), "title", "x".repeat(400), "summary", "S",
						"status", "DRAFT", "body", "\u0000\u0001 binary")
					.exchange(),
				this.mvc.get().uri("/admin/articles?status=NOPE&page=abc").with(EDITOR).exchange(),
				this.mvc.get().uri("/admin/articles/abc").with(EDITOR).exchange(),
				this.mvc.get().uri("/admin/articles/" + id + "/diff?from=1&to=x").with(EDITOR).exchange());
		for (MvcTestResult result : results) {
			assertThat(result.getResponse().getStatus()).as(result.getMvcResult().getRequest().getRequestURI())
				.isLessThan(500);
		}
		assertThat(results.get(0)).bodyText().contains("Choose draft, published or scheduled.");
		assertThat(results.get(4)).bodyText().contains("from 1 to 10000");
		assertThat(results.get(5)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void longListsArePagedWithTheirFiltersKept() {
		for (int i = 1; i <= 26; i++) {
			entries.article("paged-" + i).title("Paged " + i).by("writer").draft();
		}
		assertThat(this.mvc.get().uri("/admin/articles?q=test-paged&sort=TITLE").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 2")
			.contains("href=\"?q=test-paged&amp;sort=TITLE&amp;page=2\"");
		assertThat(this.mvc.get().uri("/admin/articles?q=test-paged&sort=TITLE&page=2").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("Page 2 of 2")
			.contains("href=\"?q=test-paged&amp;sort=TITLE&amp;page=1\"");
		assertThat(this.mvc.get().uri("/admin/articles?q=test-paged&page=3").with(EDITOR))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
