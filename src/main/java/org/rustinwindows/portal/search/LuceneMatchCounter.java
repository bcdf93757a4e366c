package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryKind;

/**
 * Counts every match of a search on the embedded index, in all and by kind, tag and year,
 * with Lucene's facet module over the index's doc values. Hibernate Search's terms
 * aggregations give the same counts at more than twice the cost (measured in
 * {@code bench/README.md}), which made counting cost as much as ranking. The query is
 * Lucene's form of what {@link SiteSearch} asks Hibernate Search: the same
 * {@link RequiredWords}, parsed by the same parser with the index's own search analyzers,
 * and the same filters; {@code SiteSearchTests.Counts} checks that the two agree.
 */
class LuceneMatchCounter implements MatchCounter {

	/** The fields a query's words are looked for in, as {@link SiteSearch} does. */
	private static final Map<String, Float> TEXT_FIELDS = Map.of(EntryIndex.TEXT, 1.0f, EntryIndex.TEXT_CODE, 1.0f);

	/** {@link ReaderQuery#SYNTAX} in the flags of Lucene's parser. */
	private static final int SYNTAX_FLAGS = luceneFlags();

	private final EntityManagerFactory entityManagerFactory;

	LuceneMatchCounter(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public MatchCounts count(SearchRequest request, boolean forgiveTypos, int tagCount) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		Analyzer analyzer = mapping.indexedEntity(EntryIndex.ENTITY)
			.indexManager()
			.unwrap(LuceneIndexManager.class)
			.searchAnalyzer();
		Query query = matching(request, forgiveTypos, analyzer);
		try (IndexReader reader = mapping.scope(Object.class, EntryIndex.ENTITY)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
			long total = matches.getMatchingDocs().stream().mapToLong((segment) -> segment.totalHits).sum();
			if (total == 0) {
				return MatchCounts.NONE;
			}
			return new MatchCounts(total, kinds(reader, matches), tags(reader, matches, tagCount), years(matches));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot count the matches in the search index", ex);
		}
	}

	/** The published entries that hold the query's words and pass its filters. */
	private static Query matching(SearchRequest request, boolean forgiveTypos, Analyzer analyzer) {
		BooleanQuery.Builder matching = new BooleanQuery.Builder()
			.add(required(request.query(), forgiveTypos, analyzer), Occur.FILTER)
			.add(new TermQuery(new Term(EntryIndex.STATUS, EntryIndex.PUBLISHED)), Occur.FILTER);
		if (request.kind() != null) {
			matching.add(new TermQuery(new Term(EntryIndex.KIND, request.kind().name())), Occur.FILTER);
		}
		if (request.tag() != null) {
			matching.add(new TermQuery(new Term(EntryIndex.TAG_SLUG, request.tag())), Occur.FILTER);
		}
		if (request.year() != null) {
			matching.add(IntPoint.newExactQuery(EntryIndex.YEAR, request.year()), Occur.FILTER);
		}
		return matching.build();
	}

	private static Query required(ReaderQuery query, boolean forgiveTypos, Analyzer analyzer) {
		if (query.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		RequiredWords words = RequiredWords.of(query, true, forgiveTypos);
		if (!words.byStart()) {
			return inText(words.whole(), analyzer);
		}
		BooleanQuery.Builder required = new BooleanQuery.Builder()
			.add(new BooleanQuery.Builder().add(inText(words.openWord(), analyzer), Occur.SHOULD)
				.add(startOfWord(words.start(), analyzer), Occur.SHOULD)
				.build(), Occur.FILTER);
		if (!words.rest().isEmpty()) {
			required.add(inText(words.rest(), analyzer), Occur.FILTER);
		}
		return required.build();
	}

	private static Query inText(String simpleQueryString, Analyzer analyzer) {
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS, SYNTAX_FLAGS);
		parser.setDefaultOperator(Occur.MUST);
		return parser.parse(simpleQueryString);
	}

	private static Query startOfWord(String start, Analyzer analyzer) {
		Query term = new QueryBuilder(analyzer).createBooleanQuery(EntryIndex.TEXT_PREFIX, start);
		return (term != null) ? term : new MatchNoDocsQuery("no term in " + start);
	}

	private static int luceneFlags() {
		int flags = 0;
		for (SimpleQueryFlag flag : ReaderQuery.SYNTAX) {
			flags |= switch (flag) {
				case AND -> SimpleQueryParser.AND_OPERATOR;
				case OR -> SimpleQueryParser.OR_OPERATOR;
				case NOT -> SimpleQueryParser.NOT_OPERATOR;
				case PHRASE -> SimpleQueryParser.PHRASE_OPERATOR;
				case PREFIX -> SimpleQueryParser.PREFIX_OPERATOR;
				case FUZZY -> SimpleQueryParser.FUZZY_OPERATOR;
				case PRECEDENCE -> SimpleQueryParser.PRECEDENCE_OPERATORS;
				case ESCAPE -> SimpleQueryParser.ESCAPE_OPERATOR;
				case WHITESPACE -> SimpleQueryParser.WHITESPACE_OPERATOR;
				case NEAR -> SimpleQueryParser.NEAR_OPERATOR;
			};
		}
		return flags;
	}

	private static Map<EntryKind, Long> kinds(IndexReader reader, FacetsCollector matches) throws IOException {
		Map<EntryKind, Long> kinds = new EnumMap<>(EntryKind.class);
		for (LabelAndValue kind : values(
				new StringValueFacetCounts(new StringDocValuesReaderState(reader, EntryIndex.KIND), matches)
					.getAllChildren(EntryIndex.KIND))) {
			kinds.put(EntryKind.valueOf(kind.label), kind.value.longValue());
		}
		return kinds;
	}

	private static List<Map.Entry<String, Long>> tags(IndexReader reader, FacetsCollector matches, int tagCount)
			throws IOException {
		FacetResult top = new StringValueFacetCounts(new StringDocValuesReaderState(reader, EntryIndex.TAG_SLUG),
				matches)
			.getTopChildren(tagCount, EntryIndex.TAG_SLUG);
		return values(top).stream().map((tag) -> Map.entry(tag.label, tag.value.longValue())).toList();
	}

	private static List<Map.Entry<Integer, Long>> years(FacetsCollector matches) throws IOException {
		List<LabelAndValue> ascending = values(
				new LongValueFacetCounts(EntryIndex.YEAR, matches).getAllChildrenSortByValue());
		List<Map.Entry<Integer, Long>> newestFirst = new ArrayList<>();
		for (int i = ascending.size() - 1; i >= 0 && newestFirst.size() < MatchCounter.MOST_YEARS; i--) {
			LabelAndValue year = ascending.get(i);
			newestFirst.add(Map.entry(Integer.valueOf(year.label), year.value.longValue()));
		}
		return newestFirst;
	}

	/** A facet's values; a facet no match has a value of has no result at all. */
	private static List<LabelAndValue> values(FacetResult result) {
		return (result != null) ? Arrays.asList(result.labelValues) : List.of();
	}

}
