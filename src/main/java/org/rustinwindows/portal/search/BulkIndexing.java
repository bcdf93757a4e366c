package org.rustinwindows.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.massindexing.MassIndexerReindexParameterStep;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.EntryIndex;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes many entries written together at once, instead of one transaction's entries at
 * a time: what a large import needs. Entries written in a transaction that
 * {@linkplain #deferInCurrentTransaction() defers} are left out of the index until
 * {@link #indexCreated} or {@link #indexChanged} takes them in.
 */
@Component
public class BulkIndexing {

	/** Runs of ids one mass indexer takes, so that its query stays short. */
	private static final int RUNS_PER_PASS = 50;

	/** Changed entries loaded and indexed in one transaction. */
	private static final int CHANGED_PER_PASS = 100;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate transaction;

	@PersistenceContext
	private EntityManager entityManager;

	private final ContentVersion contentVersion;

	BulkIndexing(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
			ContentVersion contentVersion) {
		this.entityManagerFactory = entityManagerFactory;
		this.transaction = new TransactionTemplate(transactions);
		this.contentVersion = contentVersion;
	}

	/** Leaves what the current transaction writes to entries out of the index. */
	public void deferInCurrentTransaction() {
		Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(EntryIndex.ENTITY));
	}

	/**
	 * Adds new entries to the index, as the mass indexer does, and waits until they are
	 * in. The mass indexer only adds documents, so it is given exactly these ids: an
	 * entry indexed before would be found twice.
	 */
	public void indexCreated(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<long[]> runs = runs(ids);
		for (int start = 0; start < runs.size(); start += RUNS_PER_PASS) {
			List<long[]> pass = runs.subList(start, Math.min(runs.size(), start + RUNS_PER_PASS));
			StringBuilder condition = new StringBuilder();
			Map<String, Object> parameters = new HashMap<>();
			for (int i = 0; i < pass.size(); i++) {
				condition.append((i > 0) ? " or " : "")
					.append("e.id between :from")
					.append(i)
					.append(" and :to")
					.append(i);
				parameters.put("from" + i, pass.get(i)[0]);
				parameters.put("to" + i, pass.get(i)[1]);
			}
			massIndex(condition.toString(), parameters);
		}
		// Searches made since the entries committed did not find them yet.
		this.contentVersion.advance();
	}

	/**
	 * Replaces the documents of entries that changed, and waits until they are replaced.
	 */
	public void indexChanged(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Long> all = List.copyOf(ids);
		String query = "select e from " + EntryIndex.ENTITY + " e where e.id in :ids";
		for (int start = 0; start < all.size(); start += CHANGED_PER_PASS) {
			List<Long> pass = all.subList(start, Math.min(all.size(), start + CHANGED_PER_PASS));
			this.transaction.executeWithoutResult((status) -> {
				SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
				this.entityManager.createQuery(query, Object.class)
					.setParameter("ids", pass)
					.getResultList()
					.forEach(plan::addOrUpdate);
			});
		}
		this.contentVersion.advance();
	}

	/**
	 * Removes the documents of entries the database no longer has, and waits until they
	 * are gone.
	 */
	void removeFromIndex(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			ids.forEach((id) -> plan.purge(EntryIndex.ENTITY, id, null));
		});
		this.contentVersion.advance();
	}

	/** The ids as runs of consecutive ids, each as its first and last. */
	private static List<long[]> runs(Collection<Long> ids) {
		List<long[]> runs = new ArrayList<>();
		ids.stream().distinct().sorted().forEach((id) -> {
			long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last[1] + 1 == id) {
				last[1] = id;
			}
			else {
				runs.add(new long[] { id, id });
			}
		});
		return runs;
	}

	private void massIndex(String condition, Map<String, Object> parameters) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		MassIndexer indexer = mapping.scope(Object.class, EntryIndex.ENTITY)
			.massIndexer()
			.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(false)
			.threadsToLoadObjects(2);
		MassIndexerReindexParameterStep filter = indexer.type(mapping.indexedEntity(EntryIndex.ENTITY).javaClass())
			.reindexOnly(condition);
		parameters.forEach(filter::param);
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while indexing entries", ex);
		}
	}

}
