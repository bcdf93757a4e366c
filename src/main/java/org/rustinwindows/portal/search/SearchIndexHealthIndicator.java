package org.rustinwindows.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the search index answers: part of readiness ({@code searchIndex}), since a node
 * whose index cannot be read serves search pages that fail. It reports how many entries
 * the index holds.
 */
@Component
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexHealthIndicator(EntityManagerFactory entityManagerFactory) {
		super("The search index does not answer");
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			long documents = Search.session(entityManager)
				.search(Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			builder.up().withDetail("documents", documents);
		}
	}

}
