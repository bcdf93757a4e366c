package org.rustinwindows.portal.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the search index from the database when the index is empty but the database is
 * not: on a new machine, after the index folder was deleted, or when entries were written
 * by SQL. It runs in the background, logging its progress, so that the site serves
 * meanwhile. Changes made through the portal are indexed as they commit.
 */
@Component
@Order(0)
class SearchIndexOnStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexOnStartup.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntryRepository entries;

	SearchIndexOnStartup(EntityManagerFactory entityManagerFactory, EntryRepository entries) {
		this.entityManagerFactory = entityManagerFactory;
		this.entries = entries;
	}

	@Override
	public void run(ApplicationArguments args) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager).search(Entry.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		long stored = this.entries.count();
		if (indexed > 0 || stored == 0) {
			return;
		}
		logger.info("The search index is empty; indexing {} entries in the background", stored);
		mapping.scope(Entry.class).massIndexer().threadsToLoadObjects(2).start().whenComplete((done, failure) -> {
			if (failure != null) {
				logger.error("Building the search index failed; search answers from what is indexed", failure);
			}
			else {
				logger.info("The search index is built");
			}
		});
	}

}
