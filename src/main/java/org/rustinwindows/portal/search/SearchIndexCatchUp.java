package org.rustinwindows.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Brings the shared OpenSearch index up to the database, on one node at a time, every
 * {@code portal.search.catch-up-interval}. Each node indexes its own changes as they
 * commit; a node killed between a commit and its indexing leaves them out, and no other
 * node knows. So each pass indexes again the entries changed within
 * {@code portal.search.catch-up-look-back}, and, when the index holds another number of
 * entries than the database, adds the ones it lacks and removes the ones the database no
 * longer has. It never empties the index: every node keeps searching it meanwhile.
 */
class SearchIndexCatchUp implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexCatchUp.class);

	/**
	 * Longer than a pass takes, even one that mends a large index; short enough that a
	 * node killed in a pass holds the others back from the next ones only that long.
	 */
	private static final Duration LONGEST_RUN = Duration.ofMinutes(10);

	private static final int IDS_PER_READ = 1000;

	private final EntityManagerFactory entityManagerFactory;

	private final BulkIndexing bulkIndexing;

	private final ClusterJobs jobs;

	private final SearchBackendProperties properties;

	private final Clock clock;

	SearchIndexCatchUp(EntityManagerFactory entityManagerFactory, BulkIndexing bulkIndexing, ClusterJobs jobs,
			SearchBackendProperties properties, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.bulkIndexing = bulkIndexing;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this.jobs.once("search-index-catch-up", LONGEST_RUN, this::pass),
				this.properties.catchUpInterval(), this.properties.catchUpInterval()));
	}

	/** One pass, on this node, whatever the others do. */
	void pass() {
		List<Long> changed = changedLately();
		this.bulkIndexing.indexChanged(changed);
		mend();
	}

	/**
	 * Adds the entries the index lacks and removes those the database no longer has, when
	 * the counts differ.
	 * @return whether anything was mended
	 */
	boolean mend() {
		if (EntryCounts.indexed(this.entityManagerFactory) == EntryCounts.stored(this.entityManagerFactory)) {
			return false;
		}
		// The index is read first: an entry written meanwhile is then in the database's
		// list, and indexed again at worst, never removed.
		Set<Long> indexed = indexedIds();
		Set<Long> stored = new HashSet<>(storedIds());
		List<Long> missing = stored.stream().filter((id) -> !indexed.contains(id)).toList();
		List<Long> gone = indexed.stream().filter((id) -> !stored.contains(id)).toList();
		logger.info("Mending the search index: {} entries missing, {} no longer stored", missing.size(), gone.size());
		this.bulkIndexing.indexChanged(missing);
		this.bulkIndexing.removeFromIndex(gone);
		return true;
	}

	private List<Long> changedLately() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager
				.createQuery("select e.id from " + EntryIndex.ENTITY + " e where e.updatedAt >= :since", Long.class)
				.setParameter("since", this.clock.instant().minus(this.properties.catchUpLookBack()))
				.getResultList();
		}
	}

	private List<Long> storedIds() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery("select e.id from " + EntryIndex.ENTITY + " e", Long.class)
				.getResultList();
		}
	}

	private Set<Long> indexedIds() {
		Set<Long> ids = new HashSet<>();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager();
				SearchScroll<Long> scroll = Search.session(entityManager)
					.search(scope())
					.select((f) -> f.id(Long.class))
					.where((f) -> f.matchAll())
					.scroll(IDS_PER_READ)) {
			for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				ids.addAll(chunk.hits());
			}
		}
		return ids;
	}

	private SearchScope<Object> scope() {
		return Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY);
	}

}
