package org.rustinwindows.portal.content;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Corrections and updates told to readers when a published entry is saved, against each
 * database the portal supports. Each test is rolled back.
 */
@Import(ContentTestConfiguration.class)
@Transactional
abstract class ChangeNotesContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	@Autowired
	ChangeNotes notes;

	@Autowired
	ReaderPages pages;

	private long published(String slug) {
		return entries.article(slug).publishedAt(Instant.parse("2024-01-01T00:00:00Z")).publish();
	}

	private EditOutcome save(long id, String summary, PublicNote note) {
		return entries.change(EntryKind.ARTICLE, id).summary(summary).update(EntryStatus.PUBLISHED, note);
	}

	@Test
	void aNoteSavedWithAPublishedEntryShowsOnItsPageAndUnderChanges() {
		long id = published("corrected");

		assertThat(save(id, "Fixed summary.", new PublicNote(ChangeKind.CORRECTION, " The year was wrong. ")))
			.isEqualTo(EditOutcome.SAVED);

		assertThat(this.pages.article("corrected").article().changes()).singleElement().satisfies((note) -> {
			assertThat(note.kind()).isEqualTo(ChangeKind.CORRECTION);
			assertThat(note.note()).isEqualTo("The year was wrong.");
			assertThat(note.subjectPath()).isEqualTo("/articles/corrected");
		});
		assertThat(this.notes.page(1).items()).extracting(ChangeNoteView::note).contains("The year was wrong.");
	}

	@Test
	void aSaveThatChangesNothingNotesNothing() {
		long id = published("unchanged");
		String summary = entries.change(EntryKind.ARTICLE, id).entry(EntryStatus.PUBLISHED).summary();

		assertThat(save(id, summary, new PublicNote(ChangeKind.UPDATE, "Nothing really.")))
			.isEqualTo(EditOutcome.UNCHANGED);

		assertThat(this.notes.ofEntry(id)).isEmpty();
	}

	@Test
	void aNoteWithoutTextOrOnAnUnpublishedEntryIsRefused() {
		long id = published("refused-note");
		long draft = entries.article("draft-note").draft();

		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> save(id, "Other summary.", new PublicNote(ChangeKind.UPDATE, "  ")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("changeNote"));
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> entries.change(EntryKind.ARTICLE, draft)
				.summary("S2")
				.update(EntryStatus.DRAFT, new PublicNote(ChangeKind.UPDATE, "Not public yet.")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("changeNote"));
		assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> PublicNote.read("rumour", "Text."));
		assertThat(PublicNote.read("", " ")).isNull();
	}

	@Test
	void theNotesOfAnEntryTakenOffTheSiteAreTakenOffChanges() {
		long id = published("withdrawn");
		save(id, "Updated.", new PublicNote(ChangeKind.UPDATE, "Added the 2025 release."));

		entries.change(EntryKind.ARTICLE, id).update(EntryStatus.DRAFT);

		assertThat(this.notes.page(1).items()).extracting(ChangeNoteView::note)
			.doesNotContain("Added the 2025 release.");
	}

	@Test
	void anotherModulesPageIsNotedUnderItsKey() {
		this.notes.record(new ChangeSubject("status-item:99", "Status", "GDI", "/status/gdi"), ChangeKind.STATUS,
				"Preview as of 2025: in an Insider build.", "editor");

		assertThat(this.notes.of("status-item:99")).singleElement()
			.satisfies((note) -> assertThat(note.subjectPath()).isEqualTo("/status/gdi"));
		assertThat(this.notes.newest(5)).extracting(ChangeNoteView::subjectTitle).contains("GDI");
	}

}
