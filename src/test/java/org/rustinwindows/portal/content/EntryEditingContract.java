package org.rustinwindows.portal.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.shared.MovedPermanentlyException;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Editing from the admin, against each database the portal supports: revisions, slug
 * changes, conflicts, scheduling, the trash and imports.
 */
@Import(ContentTestConfiguration.class)
@RecordApplicationEvents
// See ContentRepositoryContract: inherited test methods need the transaction declared
// here.
@Transactional
abstract class EntryEditingContract {

	static final Instant NOW = ContentTestConfiguration.NOW;

	@Autowired
	EntryWriter writer;

	@Autowired
	EntryLifecycle lifecycle;

	@Autowired
	EditorialDesk desk;

	@Autowired
	RevisionHistory history;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ReaderPages pages;

	@Autowired
	TagEditor tags;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ContentVersionRow storedVersion;

	@AfterEach
	void resetClock() {
		this.clock.set(NOW);
	}

	static NewEntry article(String slug, String title, EntryStatus status, Instant publishAt, String body) {
		return TestEntries.entry(EntryKind.ARTICLE, slug)
			.title(title)
			.body(body)
			.publishedAt(publishAt)
			.tags("Kernel", "cargo-wdk")
			.sources(new SourceRef("Source", "https://example.org/" + slug))
			.entry(status);
	}

	long createPublished(String slug) {
		return this.writer.create(
				new EntryFile(article(slug, "Title " + slug, EntryStatus.PUBLISHED, null, "Body."), List.of()),
				"alice");
	}

	EntryFile edited(long id, String title, String body) {
		NewEntry current = this.desk.edit(EntryKind.ARTICLE, id).file().entry();
		return TestEntries.copyOf(current).title(title).body(body).updatedAt(null).file(current.status());
	}

	EntryFile withSlug(long id, String slug) {
		NewEntry current = this.desk.edit(EntryKind.ARTICLE, id).file().entry();
		return TestEntries.copyOf(current).slug(slug).updatedAt(null).file(current.status());
	}

	long version(long id) {
		return this.desk.edit(EntryKind.ARTICLE, id).version();
	}

	/**
	 * Its move is the transaction's last statement (the commit itself is beyond a test
	 * whose transaction rolls back: see {@code ContentVersionTests}).
	 */
	@Test
	void theStoredContentVersionMovesByOneAfterTheEntriesWritten() {
		long before = this.storedVersion.read();
		createPublished("versioned");
		this.storedVersion.move();
		assertThat(this.storedVersion.read()).isEqualTo(before + 1);
	}

	@Test
	void everySaveKeepsARevisionWithAuthorAndFullContent() {
		long id = createPublished("first");
		assertThat(this.writer.update(id, version(id), edited(id, "Better title", "Better body."), "bob"))
			.isEqualTo(EditOutcome.SAVED);
		List<RevisionSummary> revisions = this.history.list(id);
		assertThat(revisions).extracting(RevisionSummary::number).containsExactly(2, 1);
		assertThat(revisions).extracting(RevisionSummary::author).containsExactly("bob", "alice");
		assertThat(this.history.document(id, 2)).contains("title: Better title")
			.contains("Better body.")
			.contains("- Kernel");
		assertThat(this.history.document(id, 1)).contains("title: Title first");
	}

	@Test
	void saveWithoutChangesKeepsNoRevision() {
		long id = createPublished("same");
		long version = version(id);
		assertThat(this.writer.update(id, version, edited(id, "Title same", "Body."), "bob"))
			.isEqualTo(EditOutcome.UNCHANGED);
		assertThat(this.history.list(id)).hasSize(1);
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void seededEntryKeepsItsStartingPointOnFirstEdit() {
		this.writer.create(article("seeded", "Seeded", EntryStatus.PUBLISHED, Instant.parse("2024-01-01T00:00:00Z"),
				"Seeded body."));
		long id = this.desk.recentlyChanged(1).get(0).id();
		assertThat(this.history.list(id)).isEmpty();
		this.writer.update(id, version(id), edited(id, "Seeded, edited", "New body."), "bob");
		assertThat(this.history.list(id)).extracting(RevisionSummary::note)
			.containsExactly("Edited", RevisionLog.BASELINE_NOTE);
	}

	@Test
	void diffShowsRemovedAndAddedLines() {
		long id = createPublished("diffed");
		this.writer.update(id, version(id), edited(id, "Title diffed", "Other body."), "bob");
		List<DiffLine> diff = this.history.diff(id, 1, 2);
		assertThat(diff).filteredOn((line) -> line.change() == DiffLine.Change.REMOVED)
			.extracting(DiffLine::text)
			.containsExactly("Body.");
		assertThat(diff).filteredOn((line) -> line.change() == DiffLine.Change.ADDED)
			.extracting(DiffLine::text)
			.containsExactly("Other body.");
		assertThat(this.history.diff(id, 2, 1)).isEqualTo(diff);
	}

	@Test
	void aRevisionIsRestoredOnlyThroughItsEntrysKind() {
		long id = createPublished("kind-checked");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.history.restore(EntryKind.FAQ, id, 1, "carol"));
		assertThat(this.history.list(id)).hasSize(1);
	}

	@Test
	void restoringARevisionAddsANewOneAndKeepsTheState() {
		long id = createPublished("restored");
		this.writer.update(id, version(id), edited(id, "Changed", "Changed body."), "bob");
		assertThat(this.history.restore(EntryKind.ARTICLE, id, 1, "carol")).isEqualTo(SaveOutcome.SAVED);
		EntryEditView view = this.desk.edit(EntryKind.ARTICLE, id);
		assertThat(view.file().entry().title()).isEqualTo("Title restored");
		assertThat(view.status()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(this.history.list(id)).extracting(RevisionSummary::note)
			.containsExactly("Restored revision 1", "Edited", "Created");
		assertThat(this.catalog.article("restored").article().card().title()).isEqualTo("Title restored");
	}

	@Test
	void publishedEntryKeepsAnsweringAtItsOldSlug() {
		long id = createPublished("old-slug");
		this.writer.update(id, version(id), withSlug(id, "new-slug"), "bob");
		assertThat(this.catalog.article("new-slug").article().card().slug()).isEqualTo("new-slug");
		assertThatExceptionOfType(MovedPermanentlyException.class).isThrownBy(() -> this.catalog.article("old-slug"))
			.satisfies((moved) -> assertThat(moved.location()).isEqualTo("/articles/new-slug"));
	}

	@Test
	void oldSlugCanBeTakenByANewEntry() {
		long id = createPublished("taken");
		this.writer.update(id, version(id), withSlug(id, "moved"), "bob");
		createPublished("taken");
		assertThat(this.catalog.article("taken").article().card().title()).isEqualTo("Title taken");
	}

	@Test
	void renamingBackRemovesTheAlias() {
		long id = createPublished("back");
		this.writer.update(id, version(id), withSlug(id, "forth"), "bob");
		this.writer.update(id, version(id), withSlug(id, "back"), "bob");
		assertThat(this.catalog.article("back").article().card().slug()).isEqualTo("back");
		assertThatExceptionOfType(MovedPermanentlyException.class).isThrownBy(() -> this.catalog.article("forth"));
	}

	@Test
	void draftsLeaveNoAlias() {
		long id = this.writer
			.create(new EntryFile(article("draft-slug", "Draft", EntryStatus.DRAFT, null, "Body."), List.of()), "bob");
		this.writer.update(id, version(id), withSlug(id, "draft-renamed"), "bob");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.article("draft-slug"))
			.isNotInstanceOf(MovedPermanentlyException.class);
	}

	@Test
	void slugTakenByAnotherEntryIsAFieldError() {
		createPublished("one");
		long two = createPublished("two");
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.writer.update(two, version(two), withSlug(two, "one"), "bob"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("slug"));
	}

	@Test
	void secondSaveFromAnOlderVersionIsRefusedWithTheCurrentOne() {
		long id = createPublished("contested");
		long opened = version(id);
		this.writer.update(id, opened, edited(id, "Alice's title", "Alice's body."), "alice");
		assertThat(this.writer.update(id, opened, edited(id, "Bob's title", "Bob's body."), "bob"))
			.isInstanceOfSatisfying(EditOutcome.Conflict.class, (conflict) -> {
				assertThat(conflict.current().file().entry().title()).isEqualTo("Alice's title");
				assertThat(conflict.current().lastAuthor()).isEqualTo("alice");
				assertThat(conflict.current().version()).isEqualTo(version(id));
			});
		assertThat(this.desk.edit(EntryKind.ARTICLE, id).file().entry().title()).isEqualTo("Alice's title");
	}

	@Test
	void mergedSaveFromTheCurrentVersionGoesThrough() {
		long id = createPublished("merged");
		long opened = version(id);
		this.writer.update(id, opened, edited(id, "Alice's title", "Body."), "alice");
		long current = version(id);
		assertThat(this.writer.update(id, current, edited(id, "Alice's title", "Body.\n\nBob's paragraph."), "bob"))
			.isEqualTo(EditOutcome.SAVED);
	}

	@Test
	void scheduledEntryGoesOutAtItsTimeAndNotBefore() {
		Instant at = NOW.plus(Duration.ofHours(2));
		this.writer.create(new EntryFile(article("later", "Later", EntryStatus.SCHEDULED, at, "Body."), List.of()),
				"alice");
		assertThat(this.lifecycle.publishDue()).isZero();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.article("later"));
		assertThat(this.desk.scheduled(5)).extracting(EntrySummary::slug).containsExactly("later");

		this.clock.advance(Duration.ofHours(2));
		assertThat(this.lifecycle.publishDue()).isEqualTo(1);
		EntryCard published = this.catalog.article("later").article().card();
		assertThat(published.publishedAt()).isEqualTo(at);
		assertThat(this.events.stream(EntryChanged.class).map(EntryChanged::change))
			.contains(EntryChanged.Change.PUBLISHED_ON_SCHEDULE);
	}

	@Test
	void schedulingInThePastIsAFieldError() {
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.writer.create(new EntryFile(
					article("past", "Past", EntryStatus.SCHEDULED, NOW.minusSeconds(60), "Body."), List.of()), "alice"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("publishAt"));
	}

	@Test
	void publishingWithAFutureTimeIsAFieldError() {
		assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> this.writer.create(new EntryFile(
				article("future", "Future", EntryStatus.PUBLISHED, NOW.plusSeconds(600), "Body."), List.of()), "alice"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("publishAt"));
	}

	@Test
	void publishingADraftLaterTakesThatMoment() {
		long id = this.writer
			.create(new EntryFile(article("drafted", "Drafted", EntryStatus.DRAFT, null, "Body."), List.of()), "alice");
		this.clock.advance(Duration.ofDays(1));
		NewEntry draft = this.desk.edit(EntryKind.ARTICLE, id).file().entry();
		this.writer.update(id, version(id), new EntryFile(
				article("drafted", "Drafted", EntryStatus.PUBLISHED, null, draft.bodyMarkdown()), List.of()), "alice");
		assertThat(this.catalog.article("drafted").article().card().publishedAt())
			.isEqualTo(NOW.plus(Duration.ofDays(1)));
	}

	@Test
	void trashedEntryLeavesTheSiteAndComesBackInItsState() {
		long id = createPublished("binned");
		this.lifecycle.trash(id, "alice");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.article("binned"));
		assertThat(this.desk.trash(1).items()).extracting(EntrySummary::slug).containsExactly("binned");
		assertThat(this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, null), 1).items())
			.extracting(EntrySummary::slug)
			.doesNotContain("binned");

		this.lifecycle.restore(id, "alice");
		assertThat(this.catalog.article("binned").article().card().slug()).isEqualTo("binned");
	}

	@Test
	void emptyingTheTrashDeletesOnlyWhatIsInIt() {
		long binned = createPublished("binned-for-good");
		createPublished("kept");
		this.writer.update(binned, version(binned), edited(binned, "Edited before the bin", "Body."), "alice");
		this.lifecycle.trash(binned, "alice");
		assertThat(this.lifecycle.emptyTrash("admin")).isEqualTo(1);
		assertThat(this.desk.trash(1).items()).isEmpty();
		assertThat(this.history.list(binned)).isEmpty();
		assertThat(this.catalog.article("kept")).isNotNull();
	}

	@Test
	void trashedEntryCannotBeEdited() {
		long id = createPublished("frozen");
		this.lifecycle.trash(id, "alice");
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.writer.update(id, version(id), edited(id, "New", "New."), "alice"));
	}

	@Test
	void filterByStatusTagAndTextAndSortByTitle() {
		createPublished("zeta");
		createPublished("alpha");
		this.writer.create(
				new EntryFile(article("beta-draft", "Beta draft", EntryStatus.DRAFT, null, "Body."), List.of()),
				"alice");
		var all = this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, EntryFilter.Sort.TITLE), 1);
		assertThat(all.items()).extracting(EntrySummary::slug).containsExactly("beta-draft", "alpha", "zeta");
		assertThat(this.desk.list(EntryKind.ARTICLE, new EntryFilter(EntryStatus.DRAFT, null, null, null), 1).items())
			.extracting(EntrySummary::slug)
			.containsExactly("beta-draft");
		assertThat(this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, "cargo-wdk", "ALPHA", null), 1).items())
			.extracting(EntrySummary::slug)
			.containsExactly("alpha");
		assertThat(this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, "100%_", null), 1).items()).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, null), 2));
	}

	@Test
	void importCreatesUpdatesOrLeavesUnchanged() {
		EntryFile file = new EntryFile(article("imported", "Imported", EntryStatus.PUBLISHED,
				Instant.parse("2024-03-01T00:00:00Z"), "Imported body.\n"), List.of());
		assertThat(this.writer.importFile(file, "admin").result()).isEqualTo(ImportOutcome.Result.CREATED);
		assertThat(this.writer.importFile(file, "admin").result()).isEqualTo(ImportOutcome.Result.UNCHANGED);
		EntryFile changed = new EntryFile(article("imported", "Imported again", EntryStatus.PUBLISHED,
				Instant.parse("2024-03-01T00:00:00Z"), "Imported body.\n"), List.of());
		assertThat(this.writer.importFile(changed, "admin").result()).isEqualTo(ImportOutcome.Result.UPDATED);
		assertThat(this.catalog.article("imported").article().card().publishedAt())
			.isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
	}

	@Test
	void importReportsLinksToEntriesThatDoNotExist() {
		EntryFile file = new EntryFile(
				article("linking", "Linking", EntryStatus.PUBLISHED, Instant.parse("2024-03-01T00:00:00Z"), "B."),
				List.of(new EntryRef(EntryKind.FAQ, "nowhere")));
		assertThat(this.writer.importFile(file, "admin").missingLinks())
			.containsExactly(new EntryRef(EntryKind.FAQ, "nowhere"));
	}

	@Test
	void bodyThatRendersBeyondTheLimitIsAFieldErrorNotADatabaseError() {
		String body = "<".repeat(150_000);
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.writer
				.create(new EntryFile(article("huge", "Huge", EntryStatus.DRAFT, null, body), List.of()), "alice"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("body"));
	}

	@Test
	void controlCharactersAreAFieldErrorNotADatabaseError() {
		for (String[] field : new String[][] { { "title", "Nul\u0000title", "Body" },
				{ "body", "Title", "Nul\u0000in the body" }, { "body", "Title", "Vertical\u000Btab" } }) {
			assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> this.writer.create(new EntryFile(
					article("control-" + field[0], field[1], EntryStatus.DRAFT, null, field[2]), List.of()), "alice"))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field[0]));
		}
		assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> this.writer.importFile(new EntryFile(
				article("control-import", "Imported\u0007bell", EntryStatus.DRAFT, null, "Body"), List.of()), "admin"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("title"));
	}

	@Test
	void relatedEntryThatDoesNotExistIsAFieldError() {
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(
					() -> this.writer.create(new EntryFile(article("lonely", "Lonely", EntryStatus.DRAFT, null, "B."),
							List.of(new EntryRef(EntryKind.ARTICLE, "missing"))), "alice"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("related"));
	}

	@Test
	void renamedTagAnswersAtItsNewAddressAndRedirectsFromTheOld() {
		createPublished("tagged");
		TagRef renamed = this.tags.rename("cargo-wdk", "The cargo-wdk tool", "alice");
		assertThat(renamed.slug()).isEqualTo("the-cargo-wdk-tool");
		assertThat(this.pages.tag("the-cargo-wdk-tool", 1).entries().items()).extracting(EntryCard::slug)
			.containsExactly("tagged");
		assertThatExceptionOfType(MovedPermanentlyException.class).isThrownBy(() -> this.pages.tag("cargo-wdk", 1))
			.satisfies((moved) -> assertThat(moved.location()).isEqualTo("/tags/the-cargo-wdk-tool"));
		assertThat(
				this.desk.edit(EntryKind.ARTICLE, this.desk.recentlyChanged(1).get(0).id()).file().entry().tagNames())
			.contains("The cargo-wdk tool");
	}

	@Test
	void renamingOntoAnotherTagsAddressIsRefused() {
		createPublished("tagged");
		assertThatExceptionOfType(EntryRuleException.class)
			.isThrownBy(() -> this.tags.rename("cargo-wdk", "KERNEL", "alice"))
			.withMessageContaining("merge into it instead");
	}

	@Test
	void mergedTagMovesItsEntriesAndRedirects() {
		long id = createPublished("tagged");
		this.writer.create(TestEntries.entry(EntryKind.ARTICLE, "other")
			.title("Other")
			.summary("S")
			.body("B")
			.tags("Drivers")
			.file(EntryStatus.PUBLISHED), "alice");
		this.tags.rename("drivers", "Driver development", "alice");
		this.tags.merge("driver-development", "kernel", "alice");
		assertThat(this.pages.tag("kernel", 1).entries().items()).extracting(EntryCard::slug)
			.containsExactlyInAnyOrder("tagged", "other");
		assertThatExceptionOfType(MovedPermanentlyException.class).isThrownBy(() -> this.pages.tag("drivers", 1))
			.satisfies((moved) -> assertThat(moved.location()).isEqualTo("/tags/kernel"));
		assertThatExceptionOfType(MovedPermanentlyException.class)
			.isThrownBy(() -> this.pages.tag("driver-development", 1));
		assertThat(this.tags.usage()).extracting(TagUsage::slug).doesNotContain("driver-development", "drivers");
		assertThat(this.desk.edit(EntryKind.ARTICLE, id).file().entry().tagNames()).containsExactly("cargo-wdk",
				"Kernel");
		assertThat(this.events.stream(TagChanged.class).map(TagChanged::change))
			.containsExactly(TagChanged.Change.RENAMED, TagChanged.Change.MERGED);
	}

}
