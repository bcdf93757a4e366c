package org.rustinwindows.portal.search;

import jakarta.persistence.EntityManagerFactory;

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
		builder.up().withDetail("documents", EntryCounts.indexed(this.entityManagerFactory));
	}

}
