package org.rustinwindows.portal.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagCount;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;

/**
 * Searches published entries in the full-text index. Ranking, highlights and facet counts
 * come from the index alone; the database is asked only for the cards of the one page
 * shown, so the cost of a search does not grow with the number of entries stored.
 *
 * <p>
 * Ranking takes two steps, as search engines do with their costlier signals. The first
 * weighs every match only by which words it has and where, to find the best few
 * ({@code portal.search.rerank-window}), and counts all of them by kind, tag and year: on
 * another thread meanwhile when a core is idle, otherwise right after. The second weighs
 * those few again with everything (the last word as a prefix in the body, quoted phrases
 * in the body, the words next to each other) and marks the passages of the page shown.
 * What the first step finds is kept until content changes, so paging through the results
 * or asking a popular question again skips it.
 */
@Service
class SiteSearch implements DisposableBean {

	private static final String MARK_START = "<mark>";

	private static final String MARK_END = "</mark>";

	/** What a title holding the whole query adds to an entry's score. */
	private static final float TITLE_IS_THE_QUESTION = 100;

	private static final Pattern ADJACENT_MARKS = Pattern.compile(MARK_END + "( +)" + MARK_START);

	private final EntityManagerFactory entityManagerFactory;

	private final ContentCatalog catalog;

	private final SpellingCorrector spelling;

	private final MatchCounter counter;

	private final SearchProperties properties;

	/**
	 * Offered when nothing is found: kept counts, so that finding nothing stays cheap.
	 */
	private final PublishedTags popularTags;

	/** Where the first step counts its matches while it finds the best of them. */
	private final ExecutorService counting;

	/** First steps under way, to tell whether a core is idle for counting. */
	private final AtomicInteger searching = new AtomicInteger();

	/** How many first steps at a time may count on another thread. */
	private final int parallelSearches;

	/** What the first step found, by query and filters, until content changes. */
	private final ContentCache<SearchRequest, Matches> matches;

	/**
	 * The tag facet's names, by slug, until content changes: asking the database on every
	 * search cost a round trip as long as the counting.
	 */
	private final ContentCache<Boolean, Map<String, String>> tagNames;

	SiteSearch(EntityManagerFactory entityManagerFactory, ContentCatalog catalog, SpellingCorrector spelling,
			MatchCounter counter, SearchProperties properties, ContentVersion contentVersion,
			PublishedTags popularTags) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
		this.spelling = spelling;
		this.counter = counter;
		this.properties = properties;
		this.popularTags = popularTags;
		this.matches = new ContentCache<>(contentVersion, properties.cacheSize(), this::match);
		this.tagNames = new ContentCache<>(contentVersion, (all) -> catalog.tagNames());
		this.parallelSearches = properties.countingThreadsOrDefault();
		this.counting = Executors.newFixedThreadPool(Math.max(1, this.parallelSearches),
				new CustomizableThreadFactory("search-counts-"));
	}

	@Override
	public void destroy() {
		this.counting.shutdown();
	}

	/**
	 * @throws org.rustinwindows.portal.shared.NotFoundException for a page past the last
	 */
	SearchPage search(SearchRequest request) {
		int size = this.properties.resultsPerPage();
		int offset = (request.page() - 1) * size;
		SearchRequest firstPage = request.firstPage();
		Matches found = (this.properties.cacheSize() > 0) ? this.matches.get(firstPage) : match(firstPage);
		// A page past the last asks for nothing below, and is refused once its view is
		// built.
		List<Long> page = List.of();
		if (offset < found.best().size()) {
			page = rerank(request, found.best(), offset, size);
		}
		else if (offset < found.total()) {
			page = ranked(request, found.forgiveTypos(), offset, size);
		}
		boolean nothingFound = found.total() == 0;
		int pages = (int) Math.max(1, (found.total() + size - 1) / size);
		PageView<SearchHit> hits = PageNumbers
			.requireExisting(new PageView<>(hits(request.query(), page), request.page(), pages, found.total()));
		return new SearchPage(hits, found.kinds(), found.tags(), found.years(), found.correction(),
				nothingFound ? this.popularTags.mostUsed(this.properties.popularTags()) : List.<TagCount>of());
	}

	/**
	 * The first step for a query and its filters: as written, or, when that finds
	 * nothing, forgiving typos.
	 */
	private Matches match(SearchRequest request) {
		boolean forgiveTypos = false;
		Candidates found = candidates(request, false);
		if (found.total() == 0 && request.query().mayHaveTypos()) {
			forgiveTypos = true;
			found = candidates(request, true);
		}
		MatchCounts counts = found.counts();
		return new Matches(counts.total(), forgiveTypos, found.best(), kindFacet(counts.kinds()),
				tagFacet(counts.tags()), yearFacet(counts.years()), (counts.total() == 0) ? correction(request) : null);
	}

	/**
	 * The best matches, as many as the window holds, and every match counted. Counting is
	 * a pass of its own over the matches, without weighing them ({@link MatchCounter}).
	 * While a core is idle, it is made there meanwhile, which shortens a lone search by
	 * the time its counts take. With every core busy, the counts follow on this thread: a
	 * thread more would take from the other searches what it gives to this one.
	 */
	private Candidates candidates(SearchRequest request, boolean forgiveTypos) {
		boolean coreIdle = this.searching.incrementAndGet() <= this.parallelSearches;
		try {
			return coreIdle ? countedBeside(request, forgiveTypos) : countedAfter(request, forgiveTypos);
		}
		finally {
			this.searching.decrementAndGet();
		}
	}

	/** The counts made on another thread while this one finds the best matches. */
	private Candidates countedBeside(SearchRequest request, boolean forgiveTypos) {
		CompletableFuture<MatchCounts> counting = CompletableFuture.supplyAsync(() -> counts(request, forgiveTypos),
				this.counting);
		List<Long> best = best(request, forgiveTypos);
		try {
			return new Candidates(best, counting.join());
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/** The counts made on this thread once the best matches are found. */
	private Candidates countedAfter(SearchRequest request, boolean forgiveTypos) {
		List<Long> best = best(request, forgiveTypos);
		return new Candidates(best, counts(request, forgiveTypos));
	}

	private List<Long> best(SearchRequest request, boolean forgiveTypos) {
		return firstStep(request, forgiveTypos, (query) -> query.fetchHits(rerankWindow()));
	}

	private MatchCounts counts(SearchRequest request, boolean forgiveTypos) {
		return this.counter.count(request, forgiveTypos, this.properties.tagFacets());
	}

	/** The first step's two answers: the best matches, and the counts of all. */
	private record Candidates(List<Long> best, MatchCounts counts) {

		long total() {
			return this.counts.total();
		}

	}

	/** The window in results, whole pages of them, so that no page straddles its edge. */
	private int rerankWindow() {
		int size = this.properties.resultsPerPage();
		return (this.properties.rerankWindow() + size - 1) / size * size;
	}

	/** A page past the window, in the first step's order. */
	private List<Long> ranked(SearchRequest request, boolean forgiveTypos, int offset, int size) {
		return firstStep(request, forgiveTypos,
				(query) -> query.totalHitCountThreshold(offset + size).fetchHits(offset, size));
	}

	/** The first step's query, from which {@code fetch} asks what it needs. */
	private <R> R firstStep(SearchRequest request, boolean forgiveTypos,
			Function<SearchQueryOptionsStep<?, ?, Long, ?, ?, ?>, R> fetch) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return fetch.apply(Search.session(entityManager)
				.search(scope())
				.select((f) -> f.id(Long.class))
				.where((f) -> weighed(f, request.query(), false)
					.filter(required(f, request.query(), true, forgiveTypos))
					.filter(filters(f, request)))
				.sort((f) -> order(f, request)));
		}
	}

	/**
	 * The second step: the given matches weighed with everything, best first. Only the
	 * ids of the page asked for: its passages are marked apart ({@link #marked}).
	 */
	private List<Long> rerank(SearchRequest request, List<Long> ids, int offset, int size) {
		if (ids.isEmpty()) {
			return List.of();
		}
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope())
				.select((f) -> f.id(Long.class))
				.where((f) -> weighed(f, request.query(), true).filter(f.id().matchingAny(ids))
					.filter(filters(f, request)))
				.sort((f) -> order(f, request))
				.fetchHits(offset, size);
		}
	}

	/**
	 * The passages of one field of the given entries with the query's words marked, by
	 * entry; entries whose field has none of the words are left out. One query per field,
	 * with that field's words alone: the highlighter looks for every clause of its query
	 * in each field it marks, and for a clause on another field that means looking
	 * through the whole index's words (every word starting as the last one does, for a
	 * prefix). Marking with the ranking's query spent a quarter of a first-time search
	 * there.
	 */
	@SuppressWarnings("unchecked")
	private Map<Long, List<String>> marked(ReaderQuery query, String field, int passages, List<Long> ids) {
		String words = query.toAnyWordQueryString(true, false);
		if (ids.isEmpty() || words.isEmpty()) {
			return Map.of();
		}
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			List<List<?>> rows = Search.session(entityManager)
				.search(scope())
				.select((f) -> f.composite().from(f.id(Long.class), f.highlight(field)).asList())
				.where((f) -> f.bool()
					.should(f.simpleQueryString()
						.field(field)
						.matching(words)
						.defaultOperator(BooleanOperator.OR)
						.flags(ReaderQuery.SYNTAX))
					.filter(f.id().matchingAny(ids)))
				.highlighter((h) -> h.unified()
					.tag(MARK_START, MARK_END)
					.encoder(HighlighterEncoder.HTML)
					.numberOfFragments(passages))
				.fetchHits(ids.size());
			return rows.stream()
				.filter((row) -> !((List<String>) row.get(1)).isEmpty())
				.collect(Collectors.toMap((row) -> (Long) row.get(0),
						(row) -> ((List<String>) row.get(1)).stream().map(SiteSearch::joinAdjacentMarks).toList()));
		}
	}

	/**
	 * Marked words next to each other as one mark: a phrase reads as one, whether the
	 * highlighter marked it whole (Lucene) or word by word (OpenSearch).
	 */
	private static String joinAdjacentMarks(String passage) {
		return ADJACENT_MARKS.matcher(passage).replaceAll("$1");
	}

	private static SortFinalStep order(SearchSortFactory f, SearchRequest request) {
		return request.query().isEmpty() ? f.field(EntryIndex.PUBLISHED_AT).desc()
				: f.score().then().field(EntryIndex.PUBLISHED_AT).desc();
	}

	/**
	 * The best matches for a query still being typed: its last word counts as a prefix.
	 */
	List<Suggestion> suggest(ReaderQuery query) {
		if (query.isEmpty()) {
			return List.of();
		}
		List<Suggestion> exact = suggestions(query, false);
		return (exact.isEmpty() && query.mayHaveTypos()) ? suggestions(query, true) : exact;
	}

	private List<Suggestion> suggestions(ReaderQuery query, boolean forgiveTypos) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope())
				.select((f) -> f.composite()
					.from(f.field(EntryIndex.TITLE, String.class), f.field(EntryIndex.KIND, EntryKind.class),
							f.field(EntryIndex.SLUG, String.class))
					.as((title, kind, slug) -> new Suggestion(title, kind.label(), kind.urlOf(slug))))
				.where((f) -> weighed(f, query, true).filter(required(f, query, true, forgiveTypos))
					.filter(published(f)))
				.sort((f) -> f.score())
				.totalHitCountThreshold(this.properties.suggestions())
				.fetchHits(this.properties.suggestions());
		}
	}

	/** Whether a query finds anything as written, whatever the filters. */
	boolean findsAnything(ReaderQuery query) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope())
				.select((f) -> f.id(Long.class))
				.where((f) -> f.bool().filter(required(f, query, false, false)).filter(published(f)))
				.fetchTotalHitCount() > 0;
		}
	}

	private SearchScope<Object> scope() {
		return Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY);
	}

	/**
	 * How well an entry matches the words, by where they are: title above tags above
	 * summary above body. Whether it matches at all is {@link #required}: the first step
	 * and suggestions add it, while the second step only weighs entries the first step
	 * found. Asking again there would cost as much as the first step, because prefix and
	 * typo forms are spelled out over the whole index, and the highlighter would ask it
	 * again for every passage.
	 * @param everything whether to weigh the costlier signals too: the last word as a
	 * prefix in the body, quoted phrases in the body, and words found next to each other,
	 * as typed, above the same words scattered. They read every match's body (the
	 * positions of its words, for phrases), so they are kept for the few candidates
	 * ranked again.
	 */
	private static BooleanPredicateClausesStep<?, ?> weighed(SearchPredicateFactory f, ReaderQuery query,
			boolean everything) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.isEmpty()) {
			return bool;
		}
		// Typos only where they decide what matches: matching them again in every field
		// here would cost more than the whole search.
		bool.should(f.simpleQueryString()
			.field(EntryIndex.TITLE)
			.boost(4)
			.field(EntryIndex.TAG_NAME)
			.boost(3)
			.field(EntryIndex.SUMMARY)
			.boost(2)
			.matching(query.toAnyWordQueryString(true, false))
			.defaultOperator(BooleanOperator.OR)
			.flags(ReaderQuery.SYNTAX));
		String inBody = everything ? query.toAnyWordQueryString(true, false) : query.toAnyLooseWordQueryString();
		if (!inBody.isEmpty()) {
			bool.should(f.simpleQueryString()
				.field(EntryIndex.BODY)
				.matching(inBody)
				.defaultOperator(BooleanOperator.OR)
				.flags(ReaderQuery.SYNTAX));
		}
		// A title that is the reader's question, or holds it word for word, answers it:
		// above every entry that does not, however often that one holds the words. A
		// constant far above what the other signals add up to, rather than a weight,
		// whose
		// effect would depend on how rare the words are.
		query.asTitle()
			.ifPresent((title) -> bool.should(
					f.phrase().field(EntryIndex.TITLE).matching(title).constantScore().boost(TITLE_IS_THE_QUESTION)));
		if (everything && query.words().size() > 1) {
			bool.should(f.phrase().field(EntryIndex.TEXT).matching(String.join(" ", query.words())).slop(1).boost(3));
		}
		return bool;
	}

	/**
	 * What decides whether an entry matches: every word in its text as a whole, as
	 * English or as code. It is a filter: scoring the combined text as well added nothing
	 * to the order, but as much work again. Not private: with {@link #filters}, it is
	 * what the tests hold {@link MatchCounter}'s own query to.
	 */
	static PredicateFinalStep required(SearchPredicateFactory f, ReaderQuery query, boolean prefixLastWord,
			boolean forgiveTypos) {
		if (query.isEmpty()) {
			return f.matchAll();
		}
		RequiredWords words = RequiredWords.of(query, prefixLastWord, forgiveTypos);
		if (!words.byStart()) {
			return inText(f, words.whole());
		}
		BooleanPredicateClausesStep<?, ?> required = f.bool()
			.filter(f.bool()
				.should(inText(f, words.openWord()))
				.should(f.match().field(EntryIndex.TEXT_PREFIX).matching(words.start())));
		if (!words.rest().isEmpty()) {
			required.filter(inText(f, words.rest()));
		}
		return required;
	}

	private static PredicateFinalStep inText(SearchPredicateFactory f, String simpleQueryString) {
		return f.simpleQueryString()
			.field(EntryIndex.TEXT)
			.field(EntryIndex.TEXT_CODE)
			.matching(simpleQueryString)
			.defaultOperator(BooleanOperator.AND)
			.flags(ReaderQuery.SYNTAX);
	}

	private static PredicateFinalStep published(SearchPredicateFactory f) {
		return f.match().field(EntryIndex.STATUS).matching(EntryIndex.PUBLISHED, ValueModel.INDEX);
	}

	/** Published entries of the kind, tag and year asked for, if any. */
	static PredicateFinalStep filters(SearchPredicateFactory f, SearchRequest request) {
		BooleanPredicateClausesStep<?, ?> filters = f.bool().filter(published(f));
		if (request.kind() != null) {
			filters.filter(f.match().field(EntryIndex.KIND).matching(request.kind()));
		}
		if (request.tag() != null) {
			filters.filter(f.match().field(EntryIndex.TAG_SLUG).matching(request.tag()));
		}
		if (request.year() != null) {
			filters.filter(f.match().field(EntryIndex.YEAR).matching(request.year()));
		}
		return filters;
	}

	/**
	 * The page's results in order, each with its title marked, and a passage of its body
	 * marked, or else of its summary (asked only for those whose body has none).
	 */
	private List<SearchHit> hits(ReaderQuery query, List<Long> page) {
		Map<Long, EntryCard> cards = this.catalog.publishedCards(page);
		List<Long> shown = page.stream().filter(cards::containsKey).toList();
		Map<Long, List<String>> titles = marked(query, EntryIndex.TITLE, 1, shown);
		Map<Long, List<String>> bodies = marked(query, EntryIndex.BODY, 2, shown);
		Map<Long, List<String>> summaries = marked(query, EntryIndex.SUMMARY, 2,
				shown.stream().filter((id) -> !bodies.containsKey(id)).toList());
		return shown.stream()
			.map((id) -> hit(cards.get(id), titles.get(id), bodies.get(id), summaries.get(id)))
			.toList();
	}

	private static SearchHit hit(EntryCard entry, List<String> title, List<String> body, List<String> summary) {
		String snippet = (body != null) ? String.join(" … ", body) : ((summary != null) ? summary.get(0) : null);
		return new SearchHit(entry, (title != null) ? title.get(0) : null, snippet);
	}

	private static List<FacetValue> kindFacet(Map<EntryKind, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((count) -> new FacetValue(count.getKey().pathSegment(), count.getKey().label(), count.getValue()))
			.toList();
	}

	private List<FacetValue> tagFacet(List<Map.Entry<String, Long>> counts) {
		Map<String, String> names = this.tagNames.get(Boolean.TRUE);
		return counts.stream()
			.filter((count) -> names.containsKey(count.getKey()))
			.map((count) -> new FacetValue(count.getKey(), names.get(count.getKey()), count.getValue()))
			.sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
			.toList();
	}

	private static List<FacetValue> yearFacet(List<Map.Entry<Integer, Long>> counts) {
		return counts.stream()
			.map((count) -> new FacetValue(count.getKey().toString(), count.getKey().toString(), count.getValue()))
			.toList();
	}

	private String correction(SearchRequest request) {
		return this.spelling.correct(request.query(), this::findsAnything).orElse(null);
	}

}
