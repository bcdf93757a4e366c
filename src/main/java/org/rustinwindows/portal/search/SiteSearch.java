package org.rustinwindows.portal.search;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.TagCount;
import org.rustinwindows.portal.content.TagRef;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.stereotype.Service;

/**
 * Searches published entries in the full-text index. Ranking, highlights and facet counts
 * come from the index alone; the database is asked only for the cards of the one page
 * shown, so the cost of a search does not grow with the number of entries stored.
 */
@Service
class SiteSearch {

	private static final AggregationKey<Map<EntryKind, Long>> KINDS = AggregationKey.of("kinds");

	private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final String WHOLE_TITLE = "title";

	private static final String MARK_START = "<mark>";

	private static final String MARK_END = "</mark>";

	private static final int MOST_YEARS = 50;

	/** What {@link ReaderQuery} writes: nothing else of the simple query syntax. */
	private static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.FUZZY,
			SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE);

	private final EntityManagerFactory entityManagerFactory;

	private final ContentCatalog catalog;

	private final SpellingCorrector spelling;

	private final SearchProperties properties;

	/**
	 * Counting tags groups every published entry: kept until content changes, so that a
	 * search that finds nothing stays as cheap as one that does.
	 */
	private final ContentCache<Integer, List<TagCount>> popularTags;

	SiteSearch(EntityManagerFactory entityManagerFactory, ContentCatalog catalog, SpellingCorrector spelling,
			SearchProperties properties, ContentVersion contentVersion) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
		this.spelling = spelling;
		this.properties = properties;
		this.popularTags = new ContentCache<>(contentVersion, catalog::mostUsedTags);
	}

	/**
	 * Ranks, highlights and counts in one pass over the index. (Counting in a pass of its
	 * own, without scores, and ranking in a second measured slower: the facets need every
	 * match either way.)
	 * @throws org.rustinwindows.portal.shared.NotFoundException for a page past the last
	 */
	SearchPage search(SearchRequest request) {
		int size = this.properties.resultsPerPage();
		int offset = (request.page() - 1) * size;
		SearchResult<List<?>> result = fetch(request, false, offset, size);
		if (result.total().hitCount() == 0 && request.query().mayHaveTypos()) {
			result = fetch(request, true, offset, size);
		}
		long total = result.total().hitCount();
		PageView<SearchHit> hits = PageNumbers.requireExisting(new PageView<>(hits(result.hits()), request.page(),
				(int) Math.max(1, (total + size - 1) / size), total));
		boolean nothingFound = total == 0;
		return new SearchPage(hits, kindFacet(result.aggregation(KINDS)), tagFacet(result.aggregation(TAGS)),
				yearFacet(result.aggregation(YEARS)), nothingFound ? correction(request) : null,
				nothingFound ? this.popularTags.get(this.properties.popularTags()) : List.<TagCount>of());
	}

	private SearchResult<List<?>> fetch(SearchRequest request, boolean forgiveTypos, int offset, int size) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope())
				.select((f) -> f.composite()
					.from(f.id(Long.class), f.highlight(EntryIndex.TITLE).highlighter(WHOLE_TITLE),
							f.highlight(EntryIndex.SUMMARY), f.highlight(EntryIndex.BODY))
					.asList())
				.where((f) -> matching(f, request.query(), true, forgiveTypos).filter(filters(f, request)))
				.sort((f) -> request.query().isEmpty() ? f.field(EntryIndex.PUBLISHED_AT).desc()
						: f.score().then().field(EntryIndex.PUBLISHED_AT).desc())
				.highlighter((h) -> h.unified()
					.tag(MARK_START, MARK_END)
					.encoder(HighlighterEncoder.HTML)
					.numberOfFragments(2))
				.highlighter(WHOLE_TITLE,
						(h) -> h.unified()
							.tag(MARK_START, MARK_END)
							.encoder(HighlighterEncoder.HTML)
							.numberOfFragments(1))
				.aggregation(KINDS, (f) -> f.terms().field(EntryIndex.KIND, EntryKind.class))
				.aggregation(TAGS,
						(f) -> f.terms()
							.field(EntryIndex.TAG_SLUG, String.class)
							.maxTermCount(this.properties.tagFacets()))
				.aggregation(YEARS,
						(f) -> f.terms()
							.field(EntryIndex.YEAR, Integer.class)
							.orderByTermDescending()
							.maxTermCount(MOST_YEARS))
				.fetch(offset, size);
		}
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
				.where((f) -> matching(f, query, true, forgiveTypos).filter(published(f)))
				.sort((f) -> f.score())
				.fetchHits(this.properties.suggestions());
		}
	}

	/** Whether a query finds anything as written, whatever the filters. */
	boolean findsAnything(ReaderQuery query) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope())
				.select((f) -> f.id(Long.class))
				.where((f) -> matching(f, query, false, false).filter(published(f)))
				.fetchTotalHitCount() > 0;
		}
	}

	private SearchScope<Object> scope() {
		return Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY);
	}

	/**
	 * The words, required in the entry's text as a whole (as English or as code); then
	 * weighed by where they are: title above tags above summary above body. Words found
	 * next to each other, as typed, rank above the same words scattered.
	 */
	private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, ReaderQuery query,
			boolean prefixLastWord, boolean forgiveTypos) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.isEmpty()) {
			return bool.must(f.matchAll());
		}
		bool.must(f.simpleQueryString()
			.field(EntryIndex.TEXT)
			.field(EntryIndex.TEXT_CODE)
			.matching(query.toSimpleQueryString(prefixLastWord, forgiveTypos))
			.defaultOperator(BooleanOperator.AND)
			.flags(SYNTAX));
		bool.should(f.simpleQueryString()
			.field(EntryIndex.TITLE)
			.boost(4)
			.field(EntryIndex.TAG_NAME)
			.boost(3)
			.field(EntryIndex.SUMMARY)
			.boost(2)
			.field(EntryIndex.BODY)
			// Typos only where they decide what matches: matching them again in every
			// field here would cost more than the whole search.
			.matching(query.toAnyWordQueryString(prefixLastWord, false))
			.defaultOperator(BooleanOperator.OR)
			.flags(SYNTAX));
		if (query.words().size() > 1) {
			bool.should(f.phrase().field(EntryIndex.TEXT).matching(String.join(" ", query.words())).slop(1).boost(3));
		}
		return bool;
	}

	private static PredicateFinalStep published(SearchPredicateFactory f) {
		return f.match().field(EntryIndex.STATUS).matching(EntryIndex.PUBLISHED, ValueModel.INDEX);
	}

	private static PredicateFinalStep filters(SearchPredicateFactory f, SearchRequest request) {
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

	@SuppressWarnings("unchecked")
	private List<SearchHit> hits(List<List<?>> rows) {
		Map<Long, EntryCard> cards = this.catalog
			.publishedCards(rows.stream().map((row) -> (Long) row.get(0)).toList());
		return rows.stream()
			.filter((row) -> cards.containsKey((Long) row.get(0)))
			.map((row) -> hit(cards.get((Long) row.get(0)), (List<String>) row.get(1), (List<String>) row.get(2),
					(List<String>) row.get(3)))
			.toList();
	}

	private static SearchHit hit(EntryCard entry, List<String> title, List<String> summary, List<String> body) {
		String snippet = !body.isEmpty() ? String.join(" … ", body) : (!summary.isEmpty() ? summary.get(0) : null);
		return new SearchHit(entry, title.isEmpty() ? null : title.get(0), snippet);
	}

	private static List<FacetValue> kindFacet(Map<EntryKind, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((count) -> new FacetValue(count.getKey().pathSegment(), count.getKey().label(), count.getValue()))
			.toList();
	}

	private List<FacetValue> tagFacet(Map<String, Long> counts) {
		Map<String, String> names = this.catalog.tagsBySlug(counts.keySet())
			.stream()
			.collect(Collectors.toMap(TagRef::slug, TagRef::name));
		return counts.entrySet()
			.stream()
			.filter((count) -> names.containsKey(count.getKey()))
			.map((count) -> new FacetValue(count.getKey(), names.get(count.getKey()), count.getValue()))
			.sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
			.toList();
	}

	private static List<FacetValue> yearFacet(Map<Integer, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((count) -> new FacetValue(count.getKey().toString(), count.getKey().toString(), count.getValue()))
			.toList();
	}

	private String correction(SearchRequest request) {
		return this.spelling.correct(request.query(), this::findsAnything).orElse(null);
	}

}
