package org.rustinwindows.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.rustinwindows.portal.content.EntryIndex;

import org.springframework.stereotype.Component;

/**
 * Indexes many entries written together at once, as the mass indexer does, instead of one
 * transaction's entries at a time: what a large import needs. Entries written in a
 * transaction that {@linkplain #deferInCurrentTransaction() defers} are left out of the
 * index until {@link #index(long, long)} indexes them.
 */
@Component
public class BulkIndexing {

	private final EntityManagerFactory entityManagerFactory;

	@PersistenceContext
	private EntityManager entityManager;

	BulkIndexing(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Leaves what the current transaction writes to entries out of the index. */
	public void deferInCurrentTransaction() {
		Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(EntryIndex.ENTITY));
	}

	/**
	 * Indexes the entries whose ids are in the range, and waits until they are. Entries
	 * in it that are indexed already are indexed again, which changes nothing.
	 */
	public void index(long fromId, long toId) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		MassIndexer indexer = mapping.scope(Object.class, EntryIndex.ENTITY).massIndexer();
		indexer.type(mapping.indexedEntity(EntryIndex.ENTITY).javaClass())
			.reindexOnly("e.id between :from and :to")
			.param("from", fromId)
			.param("to", toId);
		try {
			indexer.purgeAllOnStart(false).mergeSegmentsOnFinish(false).threadsToLoadObjects(2).startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while indexing entries " + fromId + "-" + toId, ex);
		}
	}

}
