package org.rustinwindows.portal.tracker;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.PublicNote;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourcePages;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The status board's items and records, as editors and content files write them and
 * readers see them, against each database the portal supports. Each test is rolled back.
 */
@Import(TrackerTestConfiguration.class)
@Transactional
abstract class StatusBoardContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	@Autowired
	StatusDesk desk;

	@Autowired
	StatusBoard board;

	@Autowired
	StatusFileFormat format;

	@Autowired
	SourceDesk sources;

	@Autowired
	SourcePages sourcePages;

	@Autowired
	ReaderPages pages;

	@Autowired
	ChangeNotes changeNotes;

	@BeforeEach
	void twoSources() {
		this.sources.importSource(new SourceDetails("the-repository", "The repository",
				"https://github.com/microsoft/x", null, null, null, SourceKind.PRIMARY, null), "portal", true);
		this.sources.importSource(
				new SourceDetails("a-report", "A report", null, "A magazine", null, null, SourceKind.REPORT, null),
				"portal", true);
	}

	private StatusFile file(String slug, StatusGroup group, int position, List<EntryRef> related,
			StatusFile.Record... history) {
		return new StatusFile(
				new StatusItemText(slug, "Item " + slug, group, "What " + slug + " is.", "Some *Markdown*.", position),
				related, List.of(history));
	}

	private static StatusFile.Record record(String on, TrackedStatus status, String source, String note) {
		return new StatusFile.Record(EventDate.parse(on), status, source, note);
	}

	private long importItem(StatusFile file) {
		assertThat(this.desk.importItem(file, "importer", true)).isTrue();
		return this.desk.list()
			.stream()
			.filter((item) -> item.slug().equals(file.text().slug()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void anImportedItemStandsWhereItsLatestRecordSays() {
		importItem(file("crate", StatusGroup.CRATES, 1, List.of(),
				record("2025", TrackedStatus.EXPERIMENTAL, "a-report", "Still experimental."),
				record("2023-09", TrackedStatus.PLANNED, "the-repository", "Announced as a goal."),
				record("2024-03-01", TrackedStatus.EXPERIMENTAL, "the-repository", "First release.")));

		BoardRow row = this.board.board(null, BoardOrder.GROUP).get(0);
		assertThat(row.slug()).isEqualTo("crate");
		assertThat(row.status()).isEqualTo(TrackedStatus.EXPERIMENTAL);
		assertThat(row.since()).isEqualTo(EventDate.parse("2024-03-01"));
		assertThat(row.evidenceOn()).isEqualTo(EventDate.parse("2025"));
		assertThat(row.reported()).isTrue();
		StatusItemPage page = this.board.item("crate");
		assertThat(page.history()).extracting(StatusHistoryLine::note)
			.containsExactly("Still experimental.", "First release.", "Announced as a goal.");
		assertThat(page.history()).extracting(StatusHistoryLine::reported).containsExactly(true, false, false);
		assertThat(page.bodyHtml()).contains("<em>Markdown</em>");
	}

	@Test
	void theBoardFiltersByGroupAndSortsByTheLatestEvidence() {
		importItem(file("old-crate", StatusGroup.CRATES, 1, List.of(),
				record("2023-09", TrackedStatus.EXPERIMENTAL, "the-repository", "Old.")));
		importItem(file("new-tool", StatusGroup.TOOLING, 1, List.of(),
				record("2025-06-01", TrackedStatus.USABLE, "a-report", "New.")));
		importItem(file("second-crate", StatusGroup.CRATES, 2, List.of(),
				record("2024", TrackedStatus.PREVIEW, "the-repository", "Middle.")));

		assertThat(this.board.board(null, BoardOrder.GROUP)).extracting(BoardRow::slug)
			.containsExactly("old-crate", "second-crate", "new-tool");
		assertThat(this.board.board(null, BoardOrder.CHANGED)).extracting(BoardRow::slug)
			.containsExactly("new-tool", "second-crate", "old-crate");
		assertThat(this.board.board(StatusGroup.TOOLING, BoardOrder.GROUP)).extracting(BoardRow::slug)
			.containsExactly("new-tool");
	}

	@Test
	void theHistoriesFollowTheBoardWithEveryItemsRecordsAsItsPageShowsThem() {
		importItem(file("tool", StatusGroup.TOOLING, 1, List.of(),
				record("2025-06-01", TrackedStatus.USABLE, "a-report", "Usable."),
				record("2024", TrackedStatus.PREVIEW, "the-repository", "Preview.")));
		importItem(file("crate", StatusGroup.CRATES, 1, List.of(),
				record("2023-09", TrackedStatus.PLANNED, "the-repository", "Planned."),
				record("2024-03-01", TrackedStatus.EXPERIMENTAL, "a-report", "Experimental."),
				record("2025", TrackedStatus.USABLE, "the-repository", "Usable.")));
		this.desk.create(new StatusItemText("bare", "Bare", StatusGroup.KERNEL, "Nothing yet.", "", 1), List.of(),
				"editor");

		List<StatusItemHistory> histories = this.board.histories();

		assertThat(histories).extracting(StatusItemHistory::row)
			.containsExactlyElementsOf(this.board.board(null, BoardOrder.GROUP));
		for (StatusItemHistory item : histories) {
			assertThat(item.history()).isEqualTo(this.board.item(item.row().slug()).history());
		}
		assertThat(histories.get(0).history()).extracting(StatusHistoryLine::note)
			.containsExactly("Usable.", "Experimental.", "Planned.");
	}

	@Test
	void anItemWithoutARecordStaysOffTheBoard() {
		long id = this.desk.create(new StatusItemText("bare", "Bare", StatusGroup.KERNEL, "Nothing yet.", "", 1),
				List.of(), "editor");

		assertThat(this.board.board(null, BoardOrder.GROUP)).extracting(BoardRow::slug).doesNotContain("bare");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.board.item("bare"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.board.item("no-such-item"));
		assertThat(this.desk.edit(id).text().title()).isEqualTo("Bare");
	}

	@Test
	void anEditorRecordsAChangeCitingANewSourceByItsTitle() {
		long id = importItem(file("kernel", StatusGroup.KERNEL, 1, List.of(),
				record("2023-04", TrackedStatus.ANNOUNCED, "a-report", "Said on stage.")));

		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2025-11-02"), TrackedStatus.PREVIEW,
				"In an Insider build.", new SourceRef("An Insider blog post", "https://blogs.windows.com/insider/x")),
				"editor");

		BoardRow row = this.board.board(StatusGroup.KERNEL, BoardOrder.GROUP).get(0);
		assertThat(row.status()).isEqualTo(TrackedStatus.PREVIEW);
		assertThat(row.since()).isEqualTo(EventDate.parse("2025-11-02"));
		assertThat(row.source().title()).isEqualTo("An Insider blog post");
		assertThat(row.reported()).isTrue();
		assertThat(this.desk.revisions(id)).extracting(StatusItemRevisionView::note)
			.containsExactly("Recorded preview as of 2025-11-02", "Imported");
		assertThat(this.desk.revision(id, 2).content()).contains("status: preview", "In an Insider build.");
		assertThat(this.sourcePages.source(row.source().slug()).others()).singleElement()
			.satisfies((citer) -> assertThat(citer.url()).startsWith("/status/kernel#record-"));
	}

	@Test
	void aRecordAndACorrectionShowUnderChanges() {
		long id = importItem(file("noted", StatusGroup.KERNEL, 1, List.of(),
				record("2023-04", TrackedStatus.ANNOUNCED, "a-report", "Said on stage.")));

		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2025-11"), TrackedStatus.PREVIEW, "In a build.",
				new SourceRef("A report", null)), "editor");
		StatusItemEditView opened = this.desk.edit(id);
		this.desk.update(id, opened.version(),
				new StatusItemText("noted", "Item noted", StatusGroup.KERNEL, "Fixed summary.", "", 1), List.of(),
				"editor", new PublicNote(ChangeKind.CORRECTION, "The summary named the wrong library."));

		assertThat(this.changeNotes.page(1).items()).extracting(ChangeNoteView::note)
			.contains("Preview as of November 2025: In a build.", "The summary named the wrong library.");
		assertThat(this.board.item("noted").changes()).extracting(ChangeNoteView::note)
			.containsExactly("The summary named the wrong library.");
	}

	@Test
	void aNoteOnAnItemNotOnTheBoardIsRefused() {
		long id = this.desk.create(new StatusItemText("hidden", "Hidden", StatusGroup.KERNEL, "One.", "", 1), List.of(),
				"editor");

		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.desk.update(id, this.desk.edit(id).version(),
					new StatusItemText("hidden", "Hidden", StatusGroup.KERNEL, "Two.", "", 1), List.of(), "editor",
					new PublicNote(ChangeKind.UPDATE, "Readers cannot see this item.")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("changeNote"));
	}

	@Test
	void aRecordOfAnOlderEventDoesNotOverruleANewerOne() {
		long id = importItem(file("model", StatusGroup.DRIVER_MODELS, 1, List.of(),
				record("2025-01-10", TrackedStatus.USABLE, "the-repository", "Works.")));

		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2023-09"), TrackedStatus.PLANNED, "A goal then.",
				new SourceRef("A report", null)), "editor");

		assertThat(this.board.item("model").row().status()).isEqualTo(TrackedStatus.USABLE);
		assertThat(this.board.item("model").history()).extracting(StatusHistoryLine::note)
			.containsExactly("Works.", "A goal then.");
	}

	@Test
	void aRecordThatBreaksARuleIsRefusedWithTheField() {
		long id = importItem(file("ruled", StatusGroup.TOOLING, 1, List.of(),
				record("2024", TrackedStatus.USABLE, "a-report", "Fine.")));

		assertThat(refusal(id, "2099-01-01", TrackedStatus.USABLE, "Future.", new SourceRef("A report", null)))
			.isEqualTo("on");
		assertThat(refusal(id, "2025-01-01", TrackedStatus.USABLE, " ", new SourceRef("A report", null)))
			.isEqualTo("note");
		assertThat(refusal(id, "2025-01-01", null, "No status.", new SourceRef("A report", null))).isEqualTo("status");
		assertThat(refusal(id, "2025-01-01", TrackedStatus.USABLE, "No source.", null)).isEqualTo("source");
		assertThat(refusal(id, "2025-01-01", TrackedStatus.USABLE, "Bad address.", new SourceRef("X", "ftp://x")))
			.isEqualTo("source");
		assertThat(this.board.item("ruled").history()).hasSize(1);
	}

	private String refusal(long id, String on, TrackedStatus status, String note, SourceRef source) {
		try {
			this.desk.record(id, new StatusChangeRecord(EventDate.parse(on), status, note, source), "editor");
			return null;
		}
		catch (EntryRuleException ex) {
			return ex.field();
		}
	}

	@Test
	void aDescriptionSavedOnAnOlderVersionIsRefused() {
		long id = this.desk.create(new StatusItemText("raced", "Raced", StatusGroup.KERNEL, "One.", "", 1), List.of(),
				"first");
		StatusItemEditView opened = this.desk.edit(id);
		this.desk.update(id, opened.version(), new StatusItemText("raced", "Raced", StatusGroup.KERNEL, "Two.", "", 1),
				List.of(), "first");

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.desk.update(id, opened.version(),
					new StatusItemText("raced", "Raced", StatusGroup.KERNEL, "Three.", "", 1), List.of(), "second"));
		assertThat(this.desk.edit(id).text().summary()).isEqualTo("Two.");
		assertThat(this.desk.revisions(id)).extracting(StatusItemRevisionView::editor)
			.containsExactly("first", "first");
	}

	@Test
	void aTakenSlugOrAMissingEntryIsRefused() {
		this.desk.create(new StatusItemText("taken", "Taken", StatusGroup.KERNEL, "One.", "", 1), List.of(), "editor");

		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.desk.create(new StatusItemText("taken", "Again", StatusGroup.KERNEL, "Two.", "", 2),
					List.of(), "editor"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("slug"));
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(
					() -> this.desk.create(new StatusItemText("linked", "Linked", StatusGroup.KERNEL, "Two.", "", 2),
							List.of(new EntryRef(EntryKind.ARTICLE, "no-such-article")), "editor"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("related"));
	}

	@Test
	void itemsAndEntriesLinkBothWays() {
		entries.article("discussed").publishedAt(Instant.parse("2024-01-01T00:00:00Z")).asWritten().publish();
		importItem(file("linked-item", StatusGroup.CRATES, 1, List.of(new EntryRef(EntryKind.ARTICLE, "discussed")),
				record("2024", TrackedStatus.USABLE, "the-repository", "Works.")));

		assertThat(this.board.item("linked-item").entries()).extracting((card) -> card.slug())
			.containsExactly("discussed");
		assertThat(this.pages.article("discussed").article().backlinks()).singleElement().satisfies((link) -> {
			assertThat(link.url()).isEqualTo("/status/linked-item");
			assertThat(link.note()).isEqualTo("usable");
		});
	}

	@Test
	void importingAgainAddsNewRecordsAndNeverRemovesOne() {
		importItem(file("kept", StatusGroup.TOOLING, 1, List.of(),
				record("2023", TrackedStatus.PLANNED, "a-report", "First."),
				record("2024", TrackedStatus.EXPERIMENTAL, "the-repository", "Second.")));

		assertThat(this.desk.importItem(file("kept", StatusGroup.TOOLING, 1, List.of(),
				record("2023", TrackedStatus.PLANNED, "a-report", "First.")), "importer", true))
			.isFalse();
		assertThat(this.desk.importItem(file("kept", StatusGroup.TOOLING, 1, List.of(),
				record("2025", TrackedStatus.USABLE, "the-repository", "Third.")), "importer", true))
			.isTrue();

		assertThat(this.board.item("kept").history()).extracting(StatusHistoryLine::note)
			.containsExactly("Third.", "Second.", "First.");
	}

	@Test
	void seedingLeavesAnItemTheDatabaseHasAlone() {
		importItem(file("seeded", StatusGroup.TOOLING, 1, List.of(),
				record("2023", TrackedStatus.PLANNED, "a-report", "First.")));

		assertThat(this.desk.importItem(file("seeded", StatusGroup.TOOLING, 9, List.of(),
				record("2025", TrackedStatus.USABLE, "a-report", "Other.")), "portal", false))
			.isFalse();
		assertThat(this.board.item("seeded").history()).hasSize(1);
	}

	@Test
	void anImportCitingAnUnknownSourceIsRefused() {
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(
					() -> this.desk.importItem(
							file("orphan", StatusGroup.TOOLING, 1, List.of(),
									record("2023", TrackedStatus.PLANNED, "no-such-source", "First.")),
							"importer", true))
			.withMessageContaining("no-such-source");
	}

	@Test
	void anExportedFileReadsBackToTheSameItem() throws Exception {
		entries.article("exported-entry").publishedAt(Instant.parse("2024-01-01T00:00:00Z")).asWritten().publish();
		StatusFile original = file("round-trip", StatusGroup.DRIVER_MODELS, 3,
				List.of(new EntryRef(EntryKind.ARTICLE, "exported-entry")),
				record("2023-09", TrackedStatus.PLANNED, "a-report", "Goal."),
				record("2024-05-06", TrackedStatus.EXPERIMENTAL, "the-repository", "Works: \"quoted\" #hash."));
		importItem(original);

		StatusFile exported = this.desk.files()
			.stream()
			.filter((f) -> f.text().slug().equals("round-trip"))
			.findFirst()
			.orElseThrow();

		assertThat(this.format.parse(this.format.write(exported))).isEqualTo(exported);
		assertThat(exported.history()).isEqualTo(original.history());
		assertThat(exported.related()).isEqualTo(original.related());
		assertThat(exported.text().bodyMarkdown().strip()).isEqualTo(original.text().bodyMarkdown());
	}

	@Test
	void aCitedSourceCannotBeDeleted() {
		importItem(file("citing", StatusGroup.TOOLING, 1, List.of(),
				record("2023", TrackedStatus.PLANNED, "a-report", "First.")));
		long sourceId = this.sources.idOf("a-report").orElseThrow();

		assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> this.sources.delete(sourceId, "editor"));
	}

}
