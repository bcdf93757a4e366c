package org.rustinwindows.portal.search;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.HtmlChecker;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the real index of the seeded portal, plus entries made up for each question
 * with words no real entry uses, so that rankings and counts are exact: the same
 * questions and answers on each backend ({@link SiteSearchTests} on the embedded index,
 * {@link SiteSearchOpenSearchTests} on OpenSearch).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SiteSearchContract {

	private static final String PREFIX = "test-find-";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed(PREFIX);

	private static final Pattern RESULT_LINK = Pattern.compile("<h3 class=\"card-title\"><a href=\"/[a-z]+/([^\"]+)\"");

	private final MockMvcTester mvc;

	private final SiteSearch search;

	private final EntityManagerFactory entityManagerFactory;

	private final ContentCatalog catalog;

	private final SpellingCorrector spelling;

	private final MatchCounter counter;

	private final TagEditor tagEditor;

	private final SearchProperties properties;

	private final ContentVersion contentVersion;

	private final PublishedTags publishedTags;

	SiteSearchContract(MockMvcTester mvc, SiteSearch search, EntityManagerFactory entityManagerFactory,
			ContentCatalog catalog, SpellingCorrector spelling, MatchCounter counter, TagEditor tagEditor,
			SearchProperties properties, ContentVersion contentVersion, PublishedTags publishedTags) {
		this.mvc = mvc;
		this.search = search;
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
		this.spelling = spelling;
		this.counter = counter;
		this.tagEditor = tagEditor;
		this.properties = properties;
		this.contentVersion = contentVersion;
		this.publishedTags = publishedTags;
	}

	@BeforeAll
	void writeEntries() {
		// Ranking: the same word in a title, and only in a body.
		entry(EntryKind.ARTICLE, "title-match", "Quokkafield notes", "A summary.", "Nothing to see.", 2024);
		entry(EntryKind.ARTICLE, "body-match", "Other notes", "A summary.", "It mentions quokkafield once.", 2024);
		// Phrases: the same words, next to each other and apart, in bodies of one length.
		entry(EntryKind.ARTICLE, "adjacent", "Zorbly one", "A summary.", "zorbly wumpet alpha beta gamma delta", 2024);
		entry(EntryKind.ARTICLE, "scattered", "Zorbly two", "A summary.", "zorbly alpha beta gamma delta wumpet", 2024);
		// Facets: three kinds, two tags, three years (a timeline event counts under its
		// event's year, not its publication's).
		entry(EntryKind.ARTICLE, "facet-article", "Flimbertag article", "About flimbertag.", "Body.", 2023,
				"Flimber One");
		entry(EntryKind.FAQ, "facet-faq", "Flimbertag question?", "About flimbertag.", "Answer.", 2024, "Flimber One");
		entries.event("facet-event", "2019-05")
			.title("Flimbertag event")
			.summary("About flimbertag.")
			.body("Event.")
			.publishedAt(Instant.parse("2025-03-01T00:00:00Z"))
			.tags("Flimber Two")
			.publish();
		// Titles: one that is a reader's whole question, one that only holds its words
		// among others, in an entry that repeats them everywhere.
		entry(EntryKind.FAQ, "exact-title", "What is zanthorlib?", "A library.", "It is a library.", 2021);
		entry(EntryKind.ARTICLE, "busy-title", "Zanthorlib release notes: what is new, what is gone",
				"What is zanthorlib, and what is new in zanthorlib.",
				"What is zanthorlib? Zanthorlib is what is new. What is zanthorlib for? Zanthorlib.", 2024,
				"Zanthorlib");
		// Pagination: twelve entries with one word.
		for (int i = 1; i <= 12; i++) {
			entry(EntryKind.ARTICLE, "page-" + i, "Paginoxa " + i, "A summary.", "Body.", 2020);
		}
		// Never found: a draft and a scheduled entry.
		entries.article("draft").title("Secretvoxel draft").summary("Summary.").body("Body.").draft();
		entries.article("scheduled")
			.title("Secretvoxel scheduled")
			.summary("Summary.")
			.body("Body.")
			.schedule(Instant.parse("2099-01-01T00:00:00Z"));
		// Code, and markup that must stay text.
		entry(EntryKind.ARTICLE, "code", "Creating devices", "How a driver calls IoCreateDevice.",
				"Call `IoCreateDevice` from `driver_entry`, and mark the handler `#[panic_handler]`.", 2022);
		// Starts of words the prefix field holds, and ones it does not: too long, or not
		// ASCII.
		entry(EntryKind.ARTICLE, "long-words", "Long words", "A summary.",
				"Register `ZqxDeviceInitSetPnpPowerEventCallbacks` before the Straßenbahnhaltestelle.", 2022);
		entry(EntryKind.ARTICLE, "markup", "Tags <script>alert(1)</script> & quokkahtml",
				"Summary with <b>quokkahtml</b> in it.", "The body says `<img src=x onerror=alert(2)>` quokkahtml.",
				2022);
	}

	private void entry(EntryKind kind, String slug, String title, String summary, String body, int year,
			String... tags) {
		entries.of(kind, slug)
			.title(title)
			.summary(summary)
			.body(body)
			.publishedAt(Instant.parse(year + "-06-01T00:00:00Z"))
			.position((kind == EntryKind.FAQ) ? 900 : null)
			.tags(tags)
			.publish();
	}

	private SearchPage search(String query) {
		return this.search.search(new SearchRequest(ReaderQuery.parse(query), null, null, null, 1));
	}

	private List<String> slugs(String query) {
		return slugs(search(query));
	}

	/**
	 * A search of its own with other settings, which the caller destroys; its cache of
	 * first steps is off.
	 */
	private SiteSearch siteSearch(int rerankWindow, int countingThreads) {
		SearchProperties configured = this.properties;
		SearchProperties properties = new SearchProperties(configured.resultsPerPage(), configured.maxPages(),
				configured.maxQueryLength(), configured.suggestions(), configured.tagFacets(), configured.popularTags(),
				rerankWindow, 0, countingThreads);
		return new SiteSearch(this.entityManagerFactory, this.catalog, this.spelling, this.counter, properties,
				this.contentVersion, this.publishedTags);
	}

	private static List<String> slugs(SearchPage page) {
		return page.hits().items().stream().map((hit) -> hit.entry().slug().replace(PREFIX, "")).toList();
	}

	private static List<String> slugsOnPage(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = RESULT_LINK.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1).replace(PREFIX, ""));
		}
		return slugs;
	}

	private String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class Relevance {

		@Test
		void aTitleMatchOutranksABodyMatch() {
			assertThat(slugs("quokkafield")).containsExactly("title-match", "body-match");
		}

		/** As a reader asks the question an FAQ item's title asks. */
		@Test
		void aTitleThatIsTheQueryRanksFirst() {
			assertThat(slugs("what is windows-drivers-rs")).first().isEqualTo("what-is-windows-drivers-rs");
			assertThat(slugs("What is zanthorlib")).first().isEqualTo("exact-title");
			assertThat(slugs("zanthorlib release notes")).first().isEqualTo("busy-title");
		}

		@Test
		void anExactPhraseOutranksScatteredWords() {
			assertThat(slugs("zorbly wumpet")).containsExactly("adjacent", "scattered");
			assertThat(slugs("\"zorbly wumpet\"")).containsExactly("adjacent");
		}

		@Test
		void stemsEnglishWords() {
			assertThat(slugs("quokkafields")).containsExactly("title-match", "body-match");
			assertThat(slugs("mention quokkafield")).containsExactly("body-match");
		}

		@Test
		void forgivesTyposInLongerWordsButNotInShortOnes() {
			// The misspelt word weighs nothing, so the two are equally good.
			assertThat(slugs("qoukkafield")).containsExactlyInAnyOrder("title-match", "body-match");
			assertThat(slugs("flimbretag")).hasSize(3);
			assertThat(slugs("wumpat zorbly")).containsExactly("adjacent", "scattered");
			assertThat(slugs("rsut")).isEmpty();
		}

		@Test
		void matchesTheLastWordAsAPrefix() {
			assertThat(slugs("quokkaf")).containsExactly("title-match", "body-match");
			assertThat(slugs("quokkaf notes")).isEmpty();
		}

		@Test
		void matchesTheStartOfIdentifiersAsWrittenOrInAnyCase() {
			assertThat(slugs("IoCreateDev")).containsExactly("code");
			assertThat(slugs("iocreatedev")).containsExactly("code");
			assertThat(slugs("driver_ent")).contains("code");
			assertThat(slugs("#[panic_ha")).contains("code");
			assertThat(slugs("ZqxDeviceIni")).containsExactly("long-words");
		}

		@Test
		void matchesStartsLongerThanThePrefixFieldHoldsOrNotInAscii() {
			assertThat(slugs("ZqxDeviceInitSetPnpPower")).containsExactly("long-words");
			assertThat(slugs("Straßenbahnhal")).containsExactly("long-words");
			assertThat(slugs("strassenbahnhal")).containsExactly("long-words");
		}

		@Test
		void matchesTheLastWordAsAPrefixBesideOtherWordsAndExclusions() {
			assertThat(slugs("other quokkaf")).containsExactly("body-match");
			assertThat(slugs("-mentions quokkaf")).containsExactly("title-match");
			assertThat(slugs("quokkaf -mentions")).as("a word followed by others is complete").isEmpty();
			assertThat(slugs("\"wumpet alpha\" zorb")).containsExactly("adjacent");
			assertThat(slugs("quokkafield notes -oth")).containsExactly("title-match", "body-match");
		}

		@Test
		void excludesWordsWithAMinus() {
			assertThat(slugs("zorbly -wumpet")).isEmpty();
			assertThat(slugs("quokkafield -mentions")).containsExactly("title-match");
			assertThat(slugs("zorbly -\"wumpet alpha\"")).containsExactly("scattered");
		}

		@Test
		void dropsQuestionWordsButKeepsAQueryMadeOnlyOfThem() {
			assertThat(slugs("what is quokkafield?")).containsExactly("title-match", "body-match");
			assertThat(search("the").hits().totalItems()).isPositive();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				IoCreateDevice     | code
				iocreatedevice     | code
				create device      | code
				#[panic_handler]   | code
				panic_handler      | code
				panic handler      | code
				driver_entry       | code
				""")
		void findsCodeAsWrittenAndByItsParts(String query, String slug) {
			assertThat(slugs(query)).contains(slug);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				wdk-sys                      | windows-drivers-rs-and-cargo-wdk
				wdk sys                      | windows-drivers-rs-and-cargo-wdk
				"cargo wdk build"            | windows-drivers-rs-and-cargo-wdk
				WdkAllocator                 | allocators-and-pool-tags
				KeBugCheckEx                 | seh-and-panics-in-kernel-code
				does cargo-wdk support KMDF? | does-windows-drivers-rs-support-kmdf
				BlueHat 2023                 | bluehat-il-2023-rust-in-the-kernel
				""")
		void findsTheSeededEntriesReadersAskFor(String query, String slug) {
			assertThat(slugs(query)).contains(slug);
		}

	}

	@Nested
	class Facets {

		@Test
		void countResultsByKindTagAndYear() {
			SearchPage page = search("flimbertag", null, null, null);
			assertThat(page.kinds()).containsExactly(new FacetValue("articles", "Article", 1),
					new FacetValue("timeline", "Timeline event", 1), new FacetValue("faq", "FAQ", 1));
			assertThat(page.tags()).containsExactly(new FacetValue("flimber-one", "Flimber One", 2),
					new FacetValue("flimber-two", "Flimber Two", 1));
			assertThat(page.years()).containsExactly(new FacetValue("2024", "2024", 1),
					new FacetValue("2023", "2023", 1), new FacetValue("2019", "2019", 1));
		}

		@Test
		void narrowTheResultsWhenChosen() {
			assertThat(slugs(search("flimbertag", EntryKind.FAQ, null, null))).containsExactly("facet-faq");
			assertThat(slugs(search("flimbertag", null, "flimber-one", null))).containsExactlyInAnyOrder("facet-faq",
					"facet-article");
			assertThat(slugs(search("flimbertag", null, null, 2019))).containsExactly("facet-event");
			SearchPage narrowed = search("flimbertag", null, "flimber-one", 2023);
			assertThat(slugs(narrowed)).containsExactly("facet-article");
			assertThat(narrowed.kinds()).containsExactly(new FacetValue("articles", "Article", 1));
		}

		@Test
		void nameTagsAsTheyAreNamedNow() {
			entry(EntryKind.ARTICLE, "renamed-tag", "Vexillumword entry", "A summary.", "Body.", 2021, "Vexillum tag");
			assertThat(search("vexillumword", null, null, null).tags())
				.containsExactly(new FacetValue("vexillum-tag", "Vexillum tag", 1));
			// Only the capitals: the index and the slug stay as they were, the name does
			// not.
			SiteSearchContract.this.tagEditor.rename("vexillum-tag", "Vexillum TAG", "test");
			assertThat(search("vexillumword", null, null, null).tags())
				.containsExactly(new FacetValue("vexillum-tag", "Vexillum TAG", 1));
		}

		@Test
		void browseByFilterAloneNewestFirst() {
			SearchPage page = search("", null, "flimber-one", null);
			assertThat(slugs(page)).containsExactly("facet-faq", "facet-article");
		}

		@Test
		void linkFromThePageAndKeepTheOtherParameters() {
			String html = page("/search?q=flimbertag&tag=flimber-one");
			assertThat(html).contains("href=\"/search?q=flimbertag&amp;kind=faq&amp;tag=flimber-one\"")
				.contains("href=\"/search?q=flimbertag&amp;tag=flimber-one&amp;year=2023\"")
				.contains("href=\"/search?q=flimbertag\" aria-current=\"true\"");
			assertThat(slugsOnPage(html)).containsExactlyInAnyOrder("facet-faq", "facet-article");
		}

		private SearchPage search(String query, EntryKind kind, String tag, Integer year) {
			return SiteSearchContract.this.search
				.search(new SearchRequest(ReaderQuery.parse(query), kind, tag, year, 1));
		}

	}

	/**
	 * A search counts its matches on another thread when a core is idle, and in its
	 * ranking pass otherwise: both ways must find and count the same.
	 */
	@Nested
	class CountingBesideRanking {

		@ParameterizedTest
		@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
				flimbertag       | -   | -           | -
				flimbertag       | faq | -           | -
				flimbertag       | -   | flimber-one | 2023
				-                | -   | flimber-one | -
				zorbly wumpet    | -   | -           | -
				"zorbly wumpet"  | -   | -           | -
				quokkaf          | -   | -           | -
				qoukkafield      | -   | -           | -
				paginoxa         | -   | -           | -
				qwzxvnothing     | -   | -           | -
				""")
		void findsAndCountsTheSameEitherWay(String query, String kind, String tag, Integer year) {
			SiteSearch inOnePass = siteSearch(SiteSearchContract.this.properties.rerankWindow(), 0);
			SiteSearch beside = siteSearch(SiteSearchContract.this.properties.rerankWindow(), 1);
			try {
				for (int page = 1; page <= 2; page++) {
					SearchRequest request = new SearchRequest(ReaderQuery.parse((query != null) ? query : ""),
							(kind != null) ? EntryKind.fromPathSegment(kind) : null, tag, year, page);
					if (page > 1 && inOnePass.search(request.firstPage()).hits().totalPages() < page) {
						break;
					}
					assertThat(beside.search(request)).isEqualTo(inOnePass.search(request));
				}
			}
			finally {
				inOnePass.destroy();
				beside.destroy();
			}
		}

	}

	/**
	 * On the embedded index the counts are made by Lucene's facet module over a query
	 * built for it, while the best matches come from Hibernate Search: both must agree on
	 * what matches. The reference is Hibernate Search's own terms aggregations over the
	 * predicate that ranks, which on OpenSearch is what counts (so there this holds the
	 * counter's totals, order and cut-off).
	 */
	@Nested
	class Counts {

		private static final AggregationKey<Map<EntryKind, Long>> KINDS = AggregationKey.of("kinds");

		private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

		private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

		@ParameterizedTest
		@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
				flimbertag                   | -        | -              | -    | false
				flimbertag                   | faq      | -              | -    | false
				flimbertag                   | -        | flimber-one    | 2023 | false
				-                            | -        | flimber-one    | -    | false
				-                            | timeline | -              | -    | false
				-                            | -        | memory-safety  | -    | false
				zorbly wumpet                | -        | -              | -    | false
				"zorbly wumpet"              | -        | -              | -    | false
				zorbly -wumpet               | -        | -              | -    | false
				quokkaf                      | -        | -              | -    | false
				qoukkafield                  | -        | -              | -    | true
				drivr kernel                 | -        | -              | -    | true
				driver                       | -        | -              | -    | false
				memory safety                | -        | -              | -    | false
				memory safety                | articles | memory-safety  | -    | false
				secretvoxel                  | -        | -              | -    | false
				"use after free"             | -        | -              | -    | false
				rust -kernel                 | -        | -              | -    | false
				wdk-sys                      | -        | -              | -    | false
				wdk sys                      | -        | -              | -    | false
				IoCreateDevice               | -        | -              | -    | false
				#[panic_handler]             | -        | -              | -    | false
				ZqxDeviceInitSetPnpPow       | -        | -              | -    | false
				Straßenbahn                  | -        | -              | -    | false
				does cargo-wdk support KMDF? | -        | -              | -    | false
				rust                         | -        | -              | 2023 | false
				qwzxvnothing                 | -        | -              | -    | false
				""")
		void agreeWithHibernateSearchOnWhatMatches(String query, String kind, String tag, Integer year,
				boolean forgiveTypos) {
			SearchRequest request = new SearchRequest(ReaderQuery.parse((query != null) ? query : ""),
					(kind != null) ? EntryKind.fromPathSegment(kind) : null, tag, year, 1);
			// Every tag, so that ties at the cut-off cannot tell the two apart.
			MatchCounts counted = SiteSearchContract.this.counter.count(request, forgiveTypos, 1000);
			SearchResult<Long> aggregated = aggregated(request, forgiveTypos);

			assertThat(counted.total()).isEqualTo(aggregated.total().hitCount());
			assertThat(counted.kinds()).isEqualTo(aggregated.aggregation(KINDS));
			assertThat(counted.tags()).containsExactlyInAnyOrderElementsOf(aggregated.aggregation(TAGS).entrySet());
			assertThat(counted.tags()).extracting(Map.Entry::getValue)
				.isSortedAccordingTo(Comparator.<Long>reverseOrder());
			assertThat(counted.years()).containsExactlyElementsOf(aggregated.aggregation(YEARS).entrySet());
		}

		@Test
		void keepTheMostFrequentTagsOnly() {
			SearchRequest request = new SearchRequest(ReaderQuery.parse("flimbertag"), null, null, null, 1);
			assertThat(SiteSearchContract.this.counter.count(request, false, 1).tags())
				.containsExactly(Map.entry("flimber-one", 2L));
		}

		private SearchResult<Long> aggregated(SearchRequest request, boolean forgiveTypos) {
			try (EntityManager entityManager = SiteSearchContract.this.entityManagerFactory.createEntityManager()) {
				return Search.session(entityManager)
					.search(Search.mapping(SiteSearchContract.this.entityManagerFactory)
						.scope(Object.class, EntryIndex.ENTITY))
					.select((f) -> f.id(Long.class))
					.where((f) -> f.bool()
						.filter(SiteSearch.required(f, request.query(), true, forgiveTypos))
						.filter(SiteSearch.filters(f, request)))
					.aggregation(KINDS, (f) -> f.terms().field(EntryIndex.KIND, EntryKind.class))
					.aggregation(TAGS, (f) -> f.terms().field(EntryIndex.TAG_SLUG, String.class).maxTermCount(1000))
					.aggregation(YEARS, (f) -> f.terms().field(EntryIndex.YEAR, Integer.class).orderByTermDescending())
					.fetch(0);
			}
		}

	}

	@Nested
	class Pages {

		@Test
		void splitResultsIntoPagesOfTen() {
			String first = page("/search?q=paginoxa");
			assertThat(slugsOnPage(first)).hasSize(10);
			assertThat(first).contains("12 results", "Page 1 of 2", "href=\"/search?q=paginoxa&amp;page=2\"");
			String second = page("/search?q=paginoxa&page=2");
			assertThat(slugsOnPage(second)).hasSize(2).doesNotContainAnyElementsOf(slugsOnPage(first));
			assertThat(second).contains("<ol class=\"results\" start=\"11\">", "href=\"/search?q=paginoxa\"");
		}

		@Test
		void answerPagesThatCannotBeServedWithAClearStatus() {
			assertThat(SiteSearchContract.this.mvc.get().uri("/search?q=paginoxa&page=3"))
				.hasStatus(HttpStatus.NOT_FOUND);
			for (String page : List.of("0", "-1", "abc", "1.5", "101", "99999999999")) {
				assertThat(SiteSearchContract.this.mvc.get().uri("/search").param("q", "paginoxa").param("page", page))
					.as("page=%s", page)
					.hasStatus(HttpStatus.BAD_REQUEST)
					.bodyText()
					.contains("role=\"alert\"");
			}
		}

	}

	@Nested
	class Visibility {

		@Test
		void neverFindsDraftsOrScheduledEntries() {
			assertThat(slugs("secretvoxel")).isEmpty();
			assertThat(SiteSearchContract.this.search.suggest(ReaderQuery.parse("secretvox"))).isEmpty();
		}

		@Test
		void followsEditsAndDeletions() {
			entry(EntryKind.FAQ, "fleeting", "Evanescia question", "Summary.", "Answer.", 2024);
			assertThat(slugs("evanescia")).containsExactly("fleeting");
			entries.delete("fleeting");
			assertThat(slugs("evanescia")).isEmpty();
		}

		@Test
		void countAgainOnceContentChanges() {
			assertThat(page("/search?q=paginoxa")).contains("12 results");
			assertThat(page("/search?q=paginoxa&page=2")).contains("12 results");
			entry(EntryKind.ARTICLE, "page-13", "Paginoxa 13", "A summary.", "Body.", 2020);
			assertThat(page("/search?q=paginoxa")).contains("13 results");
			assertThat(slugsOnPage(page("/search?q=paginoxa&page=2"))).hasSize(3);
			entries.delete("page-13");
			assertThat(page("/search?q=paginoxa")).contains("12 results");
		}

	}

	@Nested
	class Highlights {

		@Test
		void markTheWordsInTheTitleAndAPassageOfTheBody() {
			Map<String, SearchHit> hits = hitsBySlug(search("quokkafield"));
			assertThat(hits.get("title-match").titleHtml()).isEqualTo("<mark>Quokkafield</mark> notes");
			assertThat(hits.get("body-match").titleHtml()).isNull();
			assertThat(hits.get("body-match").snippetHtml()).isEqualTo("It mentions <mark>quokkafield</mark> once.");
		}

		@Test
		void markWhatTheLastWordStartsAndWholePhrases() {
			assertThat(hitsBySlug(search("quokkaf")).get("title-match").titleHtml())
				.isEqualTo("<mark>Quokkafield</mark> notes");
			assertThat(hitsBySlug(search("\"zorbly wumpet\"")).get("adjacent").snippetHtml())
				.startsWith("<mark>zorbly wumpet</mark> alpha");
		}

		@Test
		void fallBackOnTheSummaryWhenTheBodyHasNoneOfTheWords() {
			assertThat(hitsBySlug(search("flimbertag")).get("facet-article").snippetHtml())
				.isEqualTo("About <mark>flimbertag</mark>.");
		}

		@Test
		void markPagesPastTheWindowRankedAgain() {
			SiteSearch narrowWindow = siteSearch(1, 0);
			try {
				SearchPage second = narrowWindow
					.search(new SearchRequest(ReaderQuery.parse("paginoxa"), null, null, null, 2));
				assertThat(second.hits().items()).hasSize(2)
					.allSatisfy((hit) -> assertThat(hit.titleHtml()).startsWith("<mark>Paginoxa</mark> "));
			}
			finally {
				narrowWindow.destroy();
			}
		}

		private static Map<String, SearchHit> hitsBySlug(SearchPage page) {
			return page.hits()
				.items()
				.stream()
				.collect(Collectors.toMap((hit) -> hit.entry().slug().replace(PREFIX, ""), (hit) -> hit));
		}

		@Test
		void markTheMatchedWordsAndEscapeEverythingElse() throws Exception {
			String html = page("/search?q=quokkahtml");
			assertThat(html).contains("Tags &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; <mark>quokkahtml</mark>")
				.contains("&lt;img src=x onerror=alert(2)&gt; <mark>quokkahtml</mark>")
				.doesNotContain("<script>alert", "<img src=x", "<b>quokkahtml");
			assertThat(HtmlChecker.errors(html)).isEmpty();
		}

		@Test
		void escapeTheQueryItself() {
			assertThat(
					SiteSearchContract.this.mvc.get().uri("/search").param("q", "<script>alert(3)</script> quokkahtml"))
				.hasStatusOk()
				.bodyText()
				.doesNotContain("<script>alert(3)")
				.contains("value=\"&lt;script&gt;alert(3)&lt;/script&gt; quokkahtml\"")
				.contains("for “<span>&lt;script&gt;alert(3)&lt;/script&gt; quokkahtml</span>”");
		}

	}

	@Nested
	class EmptyResults {

		@Test
		void offerACorrectedSpellingAndPopularTags() {
			String html = page("/search?q=rsut");
			assertThat(html).contains("Nothing matched", "Did you mean", "href=\"/search?q=rust\">rust</a>")
				.contains("Popular tags", "href=\"/tags/memory-safety\"");
		}

		@Test
		void offerNoCorrectionThatWouldFindNothing() {
			assertThat(page("/search?q=xqzzvw")).contains("Nothing matched").doesNotContain("Did you mean");
		}

		@Test
		void neverSuggestAWordOnlyADraftHas() {
			assertThat(page("/search?q=secretvoxal")).doesNotContain("Did you mean");
		}

	}

	@Nested
	class Suggestions {

		@Test
		void returnTheTopMatchesAsJson() {
			assertThat(SiteSearchContract.this.mvc.get().uri("/search/suggest?q=quokkaf")).hasStatusOk()
				.hasContentType("application/json")
				.hasHeader("Cache-Control", "max-age=300, public")
				.bodyJson()
				.isEqualTo("""
						[{"title":"Quokkafield notes","kind":"Article","url":"/articles/test-find-title-match"},
						 {"title":"Other notes","kind":"Article","url":"/articles/test-find-body-match"}]""");
		}

		@Test
		void answerNothingForNothingAndRefuseOverlongQueries() {
			assertThat(SiteSearchContract.this.mvc.get().uri("/search/suggest?q=%20")).hasStatusOk()
				.bodyJson()
				.isEqualTo("[]");
			assertThat(SiteSearchContract.this.mvc.get().uri("/search/suggest").param("q", "x".repeat(201)))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

	}

}
