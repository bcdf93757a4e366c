package org.rustinwindows.portal.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.util.Version;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.shared.BeforeTraffic;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Rebuilds the search index from the database when it cannot be trusted: when it is empty
 * but the database is not (a new machine, a deleted index folder, entries written by
 * SQL), or when the mapping or the analyzers changed since it was written (the
 * {@link SearchIndexFingerprint} kept with it differs). The rebuild runs in the
 * background, with Hibernate Search logging its progress, so the site serves meanwhile.
 * Changes made through the portal are indexed as they commit.
 * <p>
 * On the embedded index it is also rebuilt when the portal last stopped without closing
 * it (killed, say, between a commit and its indexing, which a count would not show for an
 * edit) or when it holds another number of entries than the database, and then merged
 * into one segment. On OpenSearch, which every node shares, one node at a time checks it,
 * and a differing count is mended in place ({@link SearchIndexCatchUp}) rather than by
 * emptying the index that the other nodes search.
 * <p>
 * It runs before seeding: a fresh database is indexed by the seed's own commits. It
 * reaches the entries by their entity name, as the rest of the search module does.
 */
class SearchIndexOnStartup extends BeforeTraffic implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexOnStartup.class);

	/** Far longer than rebuilding a large index takes. */
	private static final Duration LONGEST_CHECK = Duration.ofHours(2);

	private final EntityManagerFactory entityManagerFactory;

	private final Engine engine;

	/** A rebuild an admin asked for, while it runs. */
	private final AtomicReference<CompletionStage<?>> running = new AtomicReference<>();

	SearchIndexOnStartup(EntityManagerFactory entityManagerFactory, Engine engine) {
		super(BeforeTraffic.CHECK_SEARCH_INDEX);
		this.entityManagerFactory = entityManagerFactory;
		this.engine = engine;
	}

	/**
	 * What differs between the embedded index, which this node alone writes, and a shared
	 * one.
	 *
	 * @param name what writes the index's files, for its fingerprint
	 * @param fingerprints where the fingerprint is kept
	 * @param openMarker for an index of this node's own: whether it was left open
	 * @param catchUp for a shared index: what mends it in place
	 * @param jobs for a shared index: the lock that lets one node at a time check it
	 */
	record Engine(String name, IndexFingerprintStore fingerprints, IndexOpenMarker openMarker,
			SearchIndexCatchUp catchUp, ClusterJobs jobs) {

		static Engine embedded(Path indexRoot) {
			return new Engine("lucene " + Version.LATEST, new LuceneFingerprintFile(indexRoot.resolve("entry.mapping")),
					new IndexOpenMarker(indexRoot.resolve("entry.open")), null, null);
		}

		static Engine shared(IndexFingerprintStore fingerprints, SearchIndexCatchUp catchUp, ClusterJobs jobs) {
			return new Engine("opensearch", fingerprints, null, catchUp, jobs);
		}

		boolean isShared() {
			return this.catchUp != null;
		}

	}

	@Override
	protected void run() {
		open();
	}

	/**
	 * Marks the index open, and starts a rebuild if it needs one, also when the portal
	 * last stopped without closing it. A shared index is checked by the one node that
	 * takes the check's lock, which it holds until a rebuild is done, so that no other
	 * node starts one meanwhile; the others go on at once.
	 * @return completes as {@link #rebuildIfNeeded()} does, once the check is made
	 */
	CompletionStage<?> open() {
		if (!this.engine.isShared()) {
			return rebuildIfNeeded(this.engine.openMarker().open());
		}
		CompletableFuture<Void> checked = new CompletableFuture<>();
		CompletableFuture<Void> done = CompletableFuture
			.runAsync(this.engine.jobs().once("search-index-check", LONGEST_CHECK, () -> {
				CompletionStage<?> rebuild;
				try {
					rebuild = rebuildIfNeeded(false);
				}
				catch (RuntimeException ex) {
					checked.completeExceptionally(ex);
					return;
				}
				checked.complete(null);
				// A failed rebuild is logged where it fails; the lock is let go either
				// way.
				rebuild.toCompletableFuture().exceptionally((failure) -> null).join();
			}));
		// Another node holds the lock: nothing to wait for.
		done.whenComplete((ignored, failure) -> checked.complete(null));
		// A check that failed stops the start, as on the embedded index.
		checked.join();
		return done;
	}

	/** A clean stop: every change committed so far was indexed as it committed. */
	@Override
	public void destroy() {
		if (this.engine.openMarker() != null) {
			this.engine.openMarker().close();
		}
	}

	/**
	 * Starts a rebuild if the index needs one.
	 * @return completes when the index can be trusted and, after a rebuild, is merged: at
	 * once if no rebuild was needed
	 */
	CompletionStage<?> rebuildIfNeeded() {
		return rebuildIfNeeded(false);
	}

	/**
	 * @param leftOpen whether the portal last stopped without closing the index
	 */
	private CompletionStage<?> rebuildIfNeeded(boolean leftOpen) {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		String fingerprint = SearchIndexFingerprint.of(this.engine.name(),
				mapping.indexedEntity(EntryIndex.ENTITY).indexManager().descriptor());
		long stored = storedCount();
		Optional<String> reason = (leftOpen && stored > 0)
				? Optional.of("the portal last stopped without closing the index")
				: reasonToRebuild(fingerprint, stored);
		if (reason.isEmpty()) {
			if (stored == 0 && !isWrittenBy(fingerprint)) {
				// Nothing to index yet, but what the seed writes next must meet this
				// mapping: an index left by another would refuse or misread it.
				mapping.scope(Object.class, EntryIndex.ENTITY).schemaManager().dropAndCreate();
			}
			this.engine.fingerprints().write(fingerprint);
			return CompletableFuture.completedFuture(null);
		}
		logger.info("Rebuilding the search index in the background ({}): {} entries", reason.get(), stored);
		return rebuild(mapping, fingerprint);
	}

	/**
	 * Rebuilds the index now, whatever it holds: what an admin asks for when search seems
	 * to miss something. The embedded index is rebuilt from scratch, as at start-up. The
	 * shared one is written again in place, by one node at a time, so that every node
	 * keeps searching it meanwhile; entries the database no longer has are then removed.
	 * Nothing starts while a rebuild started here is under way.
	 * @return completes when the rebuild is done; at once when one is under way
	 */
	CompletionStage<?> rebuildNow() {
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletionStage<?> under = this.running.updateAndGet((current) -> (current == null) ? mine : current);
		if (under != mine) {
			return under;
		}
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		String fingerprint = SearchIndexFingerprint.of(this.engine.name(),
				mapping.indexedEntity(EntryIndex.ENTITY).indexManager().descriptor());
		logger.info("Rebuilding the search index in the background, as an admin asked: {} entries", storedCount());
		CompletionStage<?> rebuild = this.engine.isShared()
				? CompletableFuture.runAsync(this.engine.jobs()
					.once("search-index-check", LONGEST_CHECK, () -> writeAgainInPlace(mapping).join()))
				: rebuild(mapping, fingerprint);
		rebuild.whenComplete((done, failure) -> {
			this.running.set(null);
			mine.complete(null);
		});
		return mine;
	}

	/** Whether a rebuild an admin asked for is under way on this node. */
	boolean isRebuilding() {
		return this.running.get() != null;
	}

	private CompletionStage<?> rebuild(SearchMapping mapping, String fingerprint) {
		CompletionStage<?> rebuilt = mapping.scope(Object.class, EntryIndex.ENTITY)
			.massIndexer()
			.dropAndCreateSchemaOnStart(true)
			.threadsToLoadObjects(2)
			.start()
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.error("Rebuilding the search index failed; search answers from what is indexed", failure);
				}
				else {
					this.engine.fingerprints().write(fingerprint);
					logger.info("The search index is rebuilt");
				}
			});
		// OpenSearch merges its own segments as it sees fit.
		return this.engine.isShared() ? rebuilt : rebuilt.thenCompose((done) -> mergeSegments(mapping));
	}

	/**
	 * Every entry written again into the shared index, which replaces a document by its
	 * id, and the documents of entries no longer stored removed.
	 */
	private CompletableFuture<?> writeAgainInPlace(SearchMapping mapping) {
		return mapping.scope(Object.class, EntryIndex.ENTITY)
			.massIndexer()
			.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(false)
			.threadsToLoadObjects(2)
			.start()
			.thenRun(this.engine.catchUp()::mend)
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.error("Writing the search index again failed; search answers from what is indexed", failure);
				}
				else {
					logger.info("The search index is written again");
				}
			})
			.toCompletableFuture();
	}

	/**
	 * Merges the rebuilt index into one segment. The rebuild leaves about 26 on 100,000
	 * entries, and a search looks every word up in each of them: one segment served about
	 * a quarter more searches at 4 connections (see bench/README.md). Lucene keeps
	 * accepting changes while it merges (Hibernate Search runs the merge beside its queue
	 * of writes, not in it), and the merged segment (525 MB there) stays far below the
	 * size (5 GB by default) past which its merge policy leaves a segment out of later
	 * merges. A failed merge costs only speed, so it is logged and the index kept as it
	 * is.
	 */
	private CompletionStage<?> mergeSegments(SearchMapping mapping) {
		logger.info("Merging the search index into one segment in the background");
		long start = System.nanoTime();
		return mapping.scope(Object.class, EntryIndex.ENTITY)
			.workspace()
			.mergeSegmentsAsync()
			.handle((merged, failure) -> {
				if (failure != null) {
					logger.warn("Merging the search index failed; search reads its segments as they are", failure);
				}
				else {
					logger.info("The search index is merged into one segment in {} s",
							Duration.ofNanos(System.nanoTime() - start).toSeconds());
				}
				return merged;
			});
	}

	private Optional<String> reasonToRebuild(String fingerprint, long stored) {
		if (stored == 0) {
			return Optional.empty();
		}
		long indexed = indexedCount();
		if (indexed == 0) {
			return Optional.of("the index is empty");
		}
		if (!isWrittenBy(fingerprint)) {
			return Optional.of("the index was written by another mapping");
		}
		if (indexed != stored) {
			// Entries committed while the index could not follow: a node stopped between
			// a commit and its indexing.
			if (this.engine.isShared()) {
				this.engine.catchUp().mend();
				return Optional.empty();
			}
			return Optional.of("the index holds " + indexed + " of the entries");
		}
		return Optional.empty();
	}

	private boolean isWrittenBy(String fingerprint) {
		return this.engine.fingerprints().read().map(fingerprint::equals).orElse(false);
	}

	long indexedCount() {
		return EntryCounts.indexed(this.entityManagerFactory);
	}

	long storedCount() {
		return EntryCounts.stored(this.entityManagerFactory);
	}

}
