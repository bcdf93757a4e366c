package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.markdown.RenderedMarkdown;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The queries behind the public pages, run against each database the portal supports.
 * Each test runs in a transaction that is rolled back.
 */
@Import(ContentTestConfiguration.class)
// Declared here as well as on @DataJpaTest: for test methods inherited from this class,
// the test transaction is
// looked up from the declaring class, and without it every test's data would be
// committed.
@Transactional
abstract class ContentRepositoryContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	@Autowired
	EntryWriter writer;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ReaderPages pages;

	@Autowired
	ContentProperties contentProperties;

	@Autowired
	EntryRepository repository;

	private static Instant day(int day) {
		return Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * day);
	}

	private void article(String slug, Instant published, String... tags) {
		entries.article(slug)
			.publishedAt(published)
			.tags(tags)
			.sources(new SourceRef("Source", "https://example.org/" + slug))
			.asWritten()
			.publish();
	}

	private void draft(EntryKind kind, String slug, String... tags) {
		entries.of(kind, slug)
			.title("Draft " + slug)
			.summary("Secret")
			.body("Unpublished body")
			.tags(tags)
			.asWritten()
			.draft();
	}

	private void event(String slug, String date, String... tags) {
		entries.event(slug, date)
			.title("Event " + slug)
			.summary("What happened")
			.body("Body")
			.publishedAt(day(1))
			.tags(tags)
			.asWritten()
			.publish();
	}

	private void question(String slug, int position) {
		entries.question(slug, position)
			.title("Question " + slug + "?")
			.summary("Answer")
			.body("Answer body")
			.publishedAt(day(1))
			.asWritten()
			.publish();
	}

	private static List<String> slugs(List<EntryCard> cards) {
		return cards.stream().map(EntryCard::slug).toList();
	}

	@Test
	void listsPublishedArticlesNewestFirstTenToAPage() {
		for (int i = 1; i <= 12; i++) {
			article("article-" + i, day(i));
		}
		PageView<EntryCard> first = this.pages.articles(1);
		assertThat(first.items()).hasSize(10);
		assertThat(first.items().get(0).slug()).isEqualTo("article-12");
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(slugs(this.pages.articles(2).items())).containsExactly("article-2", "article-1");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.articles(3));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.articles(0));
	}

	@Test
	void neverShowsDrafts() {
		article("public-article", day(1), "Kernel");
		draft(EntryKind.ARTICLE, "secret-article", "Kernel", "Only drafts");
		draft(EntryKind.TIMELINE, "secret-event", "Kernel");
		draft(EntryKind.FAQ, "secret-question", "Kernel");

		assertThat(slugs(this.pages.articles(1).items())).containsExactly("public-article");
		assertThat(slugs(this.catalog.latestArticles(5))).containsExactly("public-article");
		assertThat(this.pages.timeline(null, TimelineOrder.NEWEST, 1).years()).isEmpty();
		assertThat(this.pages.faq(1).items()).isEmpty();
		assertThat(slugs(this.pages.tag("kernel", 1).entries().items())).containsExactly("public-article");
		assertThat(this.catalog.tags()).extracting(TagCount::slug).containsExactly("kernel");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.article("secret-article"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.timelineEvent("secret-event"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalog.faqItem("secret-question"));
	}

	@Test
	void groupsTheTimelineByYearInEitherOrderAndFiltersByTag() {
		event("chen", "2018", "Kernel");
		event("msrc", "2019-07", "Security");
		event("bluehat", "2023-04-10", "Kernel");
		event("repo", "2023-09", "Tooling");

		List<TimelineYear> newest = this.pages.timeline(null, TimelineOrder.NEWEST, 1).years();
		assertThat(newest).extracting(TimelineYear::year).containsExactly(2023, 2019, 2018);
		assertThat(slugs(newest.get(0).events())).containsExactly("repo", "bluehat");

		List<TimelineYear> oldest = this.pages.timeline(null, TimelineOrder.OLDEST, 1).years();
		assertThat(oldest).extracting(TimelineYear::year).containsExactly(2018, 2019, 2023);
		assertThat(slugs(oldest.get(2).events())).containsExactly("bluehat", "repo");

		List<TimelineYear> kernel = this.pages.timeline("kernel", TimelineOrder.OLDEST, 1).years();
		assertThat(kernel).flatExtracting(TimelineYear::events)
			.extracting(EntryCard::slug)
			.containsExactly("chen", "bluehat");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.pages.timeline("no-such-tag", TimelineOrder.NEWEST, 1));
	}

	@Test
	void pagesTheTimelineAndAYearRunsOnToTheNextPage() {
		int perPage = this.contentProperties.eventsPerTimelinePage();
		for (int i = 1; i <= perPage + 2; i++) {
			event("event-" + i, "2020-01-%02d".formatted((i - 1) % 28 + 1), "Kernel");
		}
		event("older", "2019", "Kernel");
		TimelinePage first = this.pages.timeline(null, TimelineOrder.NEWEST, 1);
		assertThat(first.page().items()).hasSize(perPage);
		assertThat(first.page().totalPages()).isEqualTo(2);
		assertThat(first.years()).extracting(TimelineYear::year).containsExactly(2020);
		TimelinePage second = this.pages.timeline("kernel", TimelineOrder.NEWEST, 2);
		assertThat(second.years()).extracting(TimelineYear::year).containsExactly(2020, 2019);
		assertThat(second.page().items()).hasSize(3).last().extracting(EntryCard::slug).isEqualTo("older");
		assertThat(this.pages.timeline(null, TimelineOrder.OLDEST, 1).page().items().get(0).slug()).isEqualTo("older");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.pages.timeline(null, TimelineOrder.NEWEST, 3));
	}

	@Test
	void ordersTheFaqByPosition() {
		question("third", 3);
		question("first", 1);
		question("second", 2);
		assertThat(this.pages.faq(1).items()).extracting((answer) -> answer.card().slug())
			.containsExactly("first", "second", "third");
		assertThat(slugs(this.catalog.firstQuestions(2))).containsExactly("first", "second");
	}

	@Test
	void pagesTheFaqInOrder() {
		int perPage = this.contentProperties.questionsPerFaqPage();
		for (int i = perPage + 1; i >= 1; i--) {
			question("question-" + i, i);
		}
		PageView<FaqAnswer> first = this.pages.faq(1);
		assertThat(first.items()).hasSize(perPage);
		assertThat(first.items().get(0).card().slug()).isEqualTo("question-1");
		assertThat(this.pages.faq(2).items()).extracting((answer) -> answer.card().slug())
			.containsExactly("question-" + (perPage + 1));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.faq(3));
	}

	@Test
	void countsTagsOverPublishedEntriesOfEveryKind() {
		article("a", day(1), "Memory safety", "Kernel");
		article("b", day(2), "Memory safety");
		event("e", "2023", "Memory safety");
		assertThat(this.catalog.tags()).containsExactly(new TagCount("kernel", "Kernel", 1),
				new TagCount("memory-safety", "Memory safety", 3));
		assertThat(this.pages.tag("memory-safety", 1).entries().totalItems()).isEqualTo(3);
	}

	/**
	 * A tag on few entries is read through the tag, a common one through the entries'
	 * date index (see {@link RareTagReader}); pages and related entries come out the
	 * same.
	 */
	@Test
	void readsRareAndCommonTagsAlike() {
		assertThat(ContentTestConfiguration.RARE_TAG_BOUND).isEqualTo(2);
		article("pair-old", day(1), "Pair");
		article("pair-new", day(2), "Pair");
		draft(EntryKind.ARTICLE, "trio-draft", "Trio");
		article("trio-old", day(3), "Trio");
		article("trio-mid", day(4), "Trio");
		article("trio-new", day(5), "Trio");
		TagPage pair = this.pages.tag("pair", 1);
		assertThat(slugs(pair.entries().items())).containsExactly("pair-new", "pair-old");
		assertThat(pair.entries().totalItems()).isEqualTo(2);
		TagPage trio = this.pages.tag("trio", 1);
		assertThat(slugs(trio.entries().items())).containsExactly("trio-new", "trio-mid", "trio-old");
		assertThat(trio.entries().totalItems()).isEqualTo(3);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.tag("trio", 2));
		assertThat(slugs(this.catalog.article("pair-old").related())).containsExactly("pair-new");
		assertThat(slugs(this.catalog.article("trio-mid").related())).containsExactly("trio-new", "trio-old");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.tag("pair", 2));
	}

	@Test
	void relatesEntriesThatShareMostTagsFirst() {
		article("subject", day(5), "Kernel", "SEH", "Panics");
		article("shares-one-older", day(2), "Kernel");
		article("shares-one", day(4), "Kernel");
		article("shares-three", day(1), "Kernel", "SEH", "Panics");
		article("shares-none", day(3), "Linux");
		article("shares-one-oldest", day(0), "Panics");
		event("event-shares-two", "2023", "SEH", "Panics");
		assertThat(slugs(this.catalog.article("subject").related())).containsExactly("shares-three", "event-shares-two",
				"shares-one", "shares-one-older");
	}

	@Test
	void linksPreviousAndNextArticlesInPublicationOrderEvenOnTheSameDay() {
		article("oldest", day(1));
		article("same-day-first", day(2));
		article("same-day-second", day(2));
		article("newest", day(3));
		ArticleView middle = this.catalog.article("same-day-second");
		assertThat(middle.previous().slug()).isEqualTo("same-day-first");
		assertThat(middle.next().slug()).isEqualTo("newest");
		assertThat(this.catalog.article("oldest").previous()).isNull();
		assertThat(this.catalog.article("newest").next()).isNull();
		assertThat(this.catalog.article("same-day-first").next().slug()).isEqualTo("same-day-second");
	}

	@Test
	void showsExplicitLinksInBothDirections() {
		article("bluehat-article", day(1));
		event("bluehat-event", "2023-04");
		this.writer.link(new EntryRef(EntryKind.TIMELINE, "bluehat-event"),
				List.of(new EntryRef(EntryKind.ARTICLE, "bluehat-article")));
		assertThat(slugs(this.catalog.timelineEvent("bluehat-event").linked())).containsExactly("bluehat-article");
		assertThat(slugs(this.catalog.article("bluehat-article").article().linked())).containsExactly("bluehat-event");
	}

	@Test
	void reportsLinksToEntriesThatDoNotExist() {
		article("lonely", day(1));
		assertThat(this.writer.link(new EntryRef(EntryKind.ARTICLE, "lonely"),
				List.of(new EntryRef(EntryKind.FAQ, "missing"))))
			.containsExactly(new EntryRef(EntryKind.FAQ, "missing"));
	}

	@Test
	void givesFeedsTheNewestPublishedEntriesOfAKindOrTagWithTheirBodies() {
		article("old", day(1), "Kernel");
		article("new", day(3), "Kernel", "Tooling");
		event("event", "2023-05", "Kernel");
		draft(EntryKind.ARTICLE, "hidden", "Kernel");
		assertThat(this.catalog.newest(null, null, 10)).extracting((entry) -> entry.card().slug())
			.containsExactly("new", "event", "old");
		assertThat(this.catalog.newest(null, null, 2)).hasSize(2);
		assertThat(this.catalog.newest(EntryKind.ARTICLE, null, 10)).extracting((entry) -> entry.card().slug())
			.containsExactly("new", "old");
		assertThat(this.catalog.newest(null, "tooling", 10)).singleElement().satisfies((entry) -> {
			assertThat(entry.card().slug()).isEqualTo("new");
			assertThat(entry.html()).contains("<p>Body of new</p>");
			assertThat(entry.updatedAt()).isNotNull();
		});
	}

	@Test
	void givesSitemapsEveryPublishedPageWithItsLastChange() {
		article("first", day(1), "Kernel");
		article("second", day(2), "Kernel", "Tooling");
		draft(EntryKind.ARTICLE, "hidden", "Secret tag");
		assertThat(this.catalog.publishedCount()).isEqualTo(2);
		assertThat(this.catalog.publishedPages(0, 10)).extracting(PageStamp::path)
			.containsExactly("/articles/first", "/articles/second");
		assertThat(this.catalog.publishedPages(1, 1)).extracting(PageStamp::path).containsExactly("/articles/second");
		assertThat(this.catalog.publishedPages(0, 10))
			.allSatisfy((page) -> assertThat(page.lastModified()).isNotNull());
		assertThat(this.catalog.tagPages()).extracting(PageStamp::path)
			.containsExactly("/tags/kernel", "/tags/tooling");
		assertThat(this.catalog.tagPages()).allSatisfy((page) -> assertThat(page.lastModified()).isNotNull());
		assertThat(this.catalog.lastPublishedChange()).isNotNull();
	}

	@Test
	void givesCardsOnlyForPublishedEntries() {
		article("listed", day(1), "Kernel");
		draft(EntryKind.ARTICLE, "unlisted", "Kernel");
		long published = this.repository.findByKindAndSlug(EntryKind.ARTICLE, "listed").orElseThrow().getId();
		long draft = this.repository.findByKindAndSlug(EntryKind.ARTICLE, "unlisted").orElseThrow().getId();
		assertThat(this.catalog.publishedCards(List.of(draft, published, -1L))).containsOnlyKeys(published);
		assertThat(this.catalog.publishedCards(List.of(published)).get(published).tags()).extracting(TagRef::slug)
			.containsExactly("kernel");
		assertThat(this.catalog.tagNames()).containsEntry("kernel", "Kernel").doesNotContainKey("missing");
	}

	@Test
	void keepsSlugsUniqueWithinAKindButNotAcrossKinds() {
		article("shared-slug", day(1));
		question("shared-slug", 1);
		assertThatIllegalArgumentException().isThrownBy(() -> article("shared-slug", day(2)))
			.withMessageContaining("Another article has this slug");
	}

	@Test
	void letsTheDatabaseRejectADuplicateSlugToo() {
		this.repository.saveAndFlush(draftEntity("twice"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.saveAndFlush(draftEntity("twice")));
	}

	@Test
	void createsTagsOnceAndReusesThemBySlug() {
		article("one", day(1), "Memory safety");
		article("two", day(2), "memory   SAFETY");
		assertThat(this.catalog.tags()).containsExactly(new TagCount("memory-safety", "Memory safety", 2));
	}

	@Test
	void keepsSourcesInTheirOrder() {
		entries.article("sourced")
			.title("T")
			.summary("S")
			.body("B")
			.publishedAt(day(1))
			.sources(new SourceRef("Second", "https://example.org/2"), new SourceRef("First", null),
					new SourceRef("Third", "https://example.org/3"))
			.asWritten()
			.publish();
		assertThat(this.catalog.article("sourced").article().sources()).extracting(SourceCitation::title)
			.containsExactly("Second", "First", "Third");
	}

	private static Entry draftEntity(String slug) {
		Entry entry = new Entry(EntryKind.ARTICLE, slug, ContentTestConfiguration.NOW);
		entry.write("T", "S", "B", new RenderedMarkdown("<p>B</p>", "", "B", 1));
		entry.keepAsDraft(ContentTestConfiguration.NOW);
		return entry;
	}

}
