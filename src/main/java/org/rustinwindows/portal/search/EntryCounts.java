package org.rustinwindows.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;

/**
 * How many entries, drafts and all, the database stores and the index holds: the counts
 * that tell whether the index follows the database.
 */
final class EntryCounts {

	private EntryCounts() {
	}

	static long stored(EntityManagerFactory entityManagerFactory) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery("select count(*) from " + EntryIndex.ENTITY, Long.class).getSingleResult();
		}
	}

	static long indexed(EntityManagerFactory entityManagerFactory) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(Search.mapping(entityManagerFactory).scope(Object.class, EntryIndex.ENTITY))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}
