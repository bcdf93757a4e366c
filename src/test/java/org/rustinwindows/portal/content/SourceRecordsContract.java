package org.rustinwindows.portal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sources as shared records: what cites them, what readers see of them and what editors
 * change, against each database the portal supports. Each test is rolled back.
 */
@Import(ContentTestConfiguration.class)
@Transactional
abstract class SourceRecordsContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	private static final Instant PUBLISHED = Instant.parse("2024-05-01T00:00:00Z");

	@Autowired
	ReaderPages pages;

	@Autowired
	SourcePages sourcePages;

	@Autowired
	SourceDesk desk;

	@Autowired
	SourceRepository sources;

	private void article(String slug, SourceRef... cited) {
		entries.article(slug).publishedAt(PUBLISHED).sources(cited).asWritten().publish();
	}

	private SourceCitation onlySourceOf(String articleSlug) {
		assertThat(this.pages.article(articleSlug).article().sources()).hasSize(1);
		return this.pages.article(articleSlug).article().sources().get(0);
	}

	private SourceView recordTitled(String title) {
		return this.sources.findFirstByTitleOrderById(title).map(SourceView::of).orElseThrow();
	}

	@Test
	void entriesCitingTheSameTitleAndAddressShareOneRecord() {
		article("shared-one", new SourceRef("A shared post", "https://example.org/shared"));
		article("shared-two", new SourceRef("A shared post", "https://example.org/shared"));

		SourceCitation first = onlySourceOf("shared-one");
		assertThat(onlySourceOf("shared-two")).isEqualTo(first);
		assertThat(first.slug()).isEqualTo("a-shared-post");
		SourcePage page = this.sourcePages.source(first.slug());
		assertThat(page.entries()).extracting(EntryCard::slug).containsExactlyInAnyOrder("shared-one", "shared-two");
		assertThat(this.sourcePages.index(1, null).items())
			.filteredOn((listing) -> listing.source().slug().equals("a-shared-post"))
			.singleElement()
			.extracting(SourceListing::citations)
			.isEqualTo(2L);
	}

	@Test
	void theSitemapListsEverySourceSomethingPublishedCitesAFileAtATime() {
		article("mapped", new SourceRef("Mapped one", "https://example.org/m1"), new SourceRef("Mapped two", null));
		entries.article("unmapped-draft").sources(new SourceRef("Only a draft cites this", null)).draft();
		SitemapPages sitemap = new SourceSitemapPages(this.sources);

		long count = sitemap.count();
		List<PageStamp> listed = new ArrayList<>();
		for (int slice = 0; (long) slice * 2 < count; slice++) {
			List<PageStamp> file = sitemap.slice(slice, 2);
			assertThat(file).hasSizeBetween(1, 2);
			listed.addAll(file);
		}
		assertThat(listed).hasSize((int) count)
			.extracting(PageStamp::path)
			.doesNotHaveDuplicates()
			.contains("/sources/mapped-one", "/sources/mapped-two")
			.doesNotContain("/sources/only-a-draft-cites-this");
		assertThat(sitemap.lists()).singleElement().satisfies((index) -> {
			assertThat(index.path()).isEqualTo("/sources");
			assertThat(index.lastModified()).isNotNull();
		});
	}

	@Test
	void aTitleAloneNamesTheKnownSourceOfThatTitle() {
		article("picked-first", new SourceRef("A known report", "https://example.org/known"));
		article("picked-second", new SourceRef("A known report", null));

		assertThat(onlySourceOf("picked-second")).isEqualTo(onlySourceOf("picked-first"));
		assertThat(onlySourceOf("picked-second").url()).isEqualTo("https://example.org/known");
	}

	@Test
	void oneTitleAtTwoAddressesIsTwoRecordsWithTwoSlugs() {
		article("twin-one", new SourceRef("Release notes", "https://example.org/v1"));
		article("twin-two", new SourceRef("Release notes", "https://example.org/v2"));

		assertThat(onlySourceOf("twin-one").slug()).isEqualTo("release-notes");
		assertThat(onlySourceOf("twin-two").slug()).isEqualTo("release-notes-2");
	}

	@Test
	void theKindFollowsTheAddressUntilAnEditorSaysOtherwise() {
		article("kinds", new SourceRef("The repository", "https://github.com/microsoft/windows-drivers-rs"),
				new SourceRef("A team's post", "https://techcommunity.microsoft.com/blog/x"),
				new SourceRef("A fork", "https://github.com/someone/windows-drivers-rs"),
				new SourceRef("A magazine", null));

		assertThat(this.pages.article("kinds").article().sources()).extracting(SourceCitation::kind)
			.containsExactly(SourceKind.PRIMARY, SourceKind.PRIMARY, SourceKind.REPORT, SourceKind.REPORT);
		assertThat(this.pages.article("kinds").article().reportedOnly()).isFalse();
		assertThat(this.sourcePages.index(1, SourceKind.PRIMARY).items()).extracting((l) -> l.source().title())
			.contains("The repository", "A team's post")
			.doesNotContain("A fork", "A magazine");
	}

	@Test
	void anEntryRestingOnReportsAloneIsReportedOnly() {
		article("reported", new SourceRef("Hearsay", null), new SourceRef("More hearsay", "https://example.org/h"));

		assertThat(this.pages.article("reported").article().reportedOnly()).isTrue();
	}

	@Test
	void theTimelineMarksTheEventsThatRestOnReportsAlone() {
		entries.event("reported-event", "1999-01")
			.publishedAt(PUBLISHED)
			.sources(new SourceRef("A rumour mill", null))
			.asWritten()
			.publish();
		entries.event("confirmed-event", "1999-02")
			.publishedAt(PUBLISHED)
			.sources(new SourceRef("A rumour mill", null), new SourceRef("The repo", "https://github.com/microsoft/x"))
			.asWritten()
			.publish();
		entries.event("unsourced-event", "1999-03").publishedAt(PUBLISHED).asWritten().publish();

		assertThat(this.pages.timeline(null, TimelineOrder.OLDEST, 1).page().items())
			.filteredOn((card) -> card.slug().endsWith("-event"))
			.extracting(EntryCard::slug, EntryCard::reported)
			.containsExactly(tuple("reported-event", true), tuple("confirmed-event", false),
					tuple("unsourced-event", false));
	}

	@Test
	void aSourceOnlyDraftsCiteStaysOutOfSight() {
		entries.article("draft-citer").sources(new SourceRef("An embargoed memo", null)).asWritten().draft();

		assertThat(this.sourcePages.index(1, null).items()).extracting((l) -> l.source().title())
			.doesNotContain("An embargoed memo");
		String slug = recordTitled("An embargoed memo").slug();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sourcePages.source(slug));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.sourcePages.source("no-such-source"));
	}

	@Test
	void anEditorDescribesASourceAndEveryCitationShowsIt() {
		article("described", new SourceRef("An interview", null));
		SourceView before = recordTitled("An interview");

		SourceDetails details = new SourceDetails("an-interview-with-weston", "An interview with David Weston",
				"https://example.org/interview", "A podcast", "David Weston", EventDate.parse("2023-04"),
				SourceKind.PRIMARY, "Weston speaking for Microsoft.");
		this.desk.describe(before.id(), before.version(), details, "editor");

		SourceCitation cited = onlySourceOf("described");
		assertThat(cited).isEqualTo(new SourceCitation("An interview with David Weston",
				"https://example.org/interview", "an-interview-with-weston", SourceKind.PRIMARY));
		SourceView after = this.sourcePages.source("an-interview-with-weston").source();
		assertThat(after.byline()).isEqualTo("A podcast · David Weston · April 2023");
		assertThat(after.details().published().date()).isEqualTo(LocalDate.of(2023, 4, 1));
	}

	@Test
	void aDescriptionMadeOnAnOlderVersionIsRefused() {
		article("raced", new SourceRef("A raced source", null));
		SourceView opened = recordTitled("A raced source");
		SourceDetails changed = new SourceDetails(opened.slug(), opened.title(), null, "Changed", null, null,
				SourceKind.REPORT, null);
		this.desk.describe(opened.id(), opened.version(), changed, "first");
		SourceView now = recordTitled("A raced source");

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.desk.describe(opened.id(), opened.version(), opened.details(), "second"));
		assertThat(this.desk.get(now.id()).details().publication()).isEqualTo("Changed");
	}

	@Test
	void aDescriptionThatBreaksARuleIsRefusedWithTheField() {
		article("ruled", new SourceRef("A ruled source", null),
				new SourceRef("Another source", "https://example.org/a"));
		SourceView source = recordTitled("A ruled source");

		assertThat(refusal(source, source.details().slug(), source.title(), "ftp://example.org")).isEqualTo("url");
		assertThat(refusal(source, "Not A Slug", source.title(), null)).isEqualTo("slug");
		assertThat(refusal(source, "another-source", source.title(), null)).isEqualTo("slug");
		assertThat(refusal(source, source.slug(), "Another source", "https://example.org/a")).isEqualTo("title");
		assertThat(refusal(source, source.slug(), " ", null)).isEqualTo("title");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.desk.describe(-1, 0, source.details(), "editor"));
	}

	private String refusal(SourceView source, String slug, String title, String url) {
		SourceDetails details = new SourceDetails(slug, title, url, null, null, null, SourceKind.REPORT, null);
		try {
			this.desk.describe(source.id(), source.version(), details, "editor");
			return null;
		}
		catch (EntryRuleException ex) {
			return ex.field();
		}
	}

	@Test
	void aCitedSourceIsNotDeleted() {
		article("cites-it", new SourceRef("A needed source", null));
		SourceView source = recordTitled("A needed source");

		assertThatExceptionOfType(EntryRuleException.class).isThrownBy(() -> this.desk.delete(source.id(), "editor"))
			.withMessageContaining("still cites");
	}

	@Test
	void aSourceNothingCitesAnyMoreIsDeleted() {
		long id = entries.article("cites-then-not").sources(new SourceRef("A passing source", null)).publish();
		SourceView source = recordTitled("A passing source");
		assertThat(entries.change(EntryKind.ARTICLE, id).sources().update()).isEqualTo(EditOutcome.SAVED);

		this.desk.delete(source.id(), "editor");

		assertThat(this.sources.findById(source.id())).isEmpty();
	}

	@Test
	void seedingLeavesAKnownSourceAloneAndAnImportDescribesItAnew() {
		article("imported-source", new SourceRef("A seeded source", "https://example.org/seeded"));
		SourceDetails file = new SourceDetails("a-seeded-source", "A seeded source", "https://example.org/seeded",
				"The publication", null, EventDate.parse("2024"), SourceKind.REPORT, null);

		assertThat(this.desk.importSource(file, "portal", false)).isFalse();
		assertThat(recordTitled("A seeded source").details().publication()).isNull();
		assertThat(this.desk.importSource(file, "editor", true)).isTrue();
		assertThat(recordTitled("A seeded source").details().publication()).isEqualTo("The publication");
		assertThat(this.desk.importSource(file, "editor", true)).isFalse();

		SourceDetails fresh = new SourceDetails("a-new-source", "A new source", null, null, null, null,
				SourceKind.PRIMARY, null);
		assertThat(this.desk.importSource(fresh, "portal", false)).isTrue();
		assertThat(recordTitled("A new source").kind()).isEqualTo(SourceKind.PRIMARY);
	}

}
