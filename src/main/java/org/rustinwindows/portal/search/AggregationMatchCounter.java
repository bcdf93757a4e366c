package org.rustinwindows.portal.search;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryKind;

/**
 * Counts every match of a search on OpenSearch with Hibernate Search's terms
 * aggregations, over the very predicate that ranks: one request, which OpenSearch answers
 * from its doc values. (On the embedded index, {@link LuceneMatchCounter} does the same
 * work at less than half the cost.)
 */
class AggregationMatchCounter implements MatchCounter {

	private static final AggregationKey<Map<EntryKind, Long>> KINDS = AggregationKey.of("kinds");

	private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private final EntityManagerFactory entityManagerFactory;

	AggregationMatchCounter(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public MatchCounts count(SearchRequest request, boolean forgiveTypos, int tagCount) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchResult<Long> counted = Search.session(entityManager)
				.search(Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY))
				.select((f) -> f.id(Long.class))
				.where((f) -> f.bool()
					.filter(SiteSearch.required(f, request.query(), true, forgiveTypos))
					.filter(SiteSearch.filters(f, request)))
				.aggregation(KINDS, (f) -> f.terms().field(EntryIndex.KIND, EntryKind.class))
				.aggregation(TAGS, (f) -> f.terms().field(EntryIndex.TAG_SLUG, String.class).maxTermCount(tagCount))
				.aggregation(YEARS,
						(f) -> f.terms()
							.field(EntryIndex.YEAR, Integer.class)
							.orderByTermDescending()
							.maxTermCount(MOST_YEARS))
				.fetch(0);
			long total = counted.total().hitCount();
			if (total == 0) {
				return MatchCounts.NONE;
			}
			return new MatchCounts(total, counted.aggregation(KINDS), List.copyOf(counted.aggregation(TAGS).entrySet()),
					List.copyOf(counted.aggregation(YEARS).entrySet()));
		}
	}

}
