package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.shared.BeforeTraffic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database when it cannot be trusted: when it is empty
 * but the database is not (a new machine, a deleted index folder, entries written by
 * SQL), when the portal last stopped without closing it (killed, say, between a commit
 * and its indexing, which a count would not show for an edit), when it holds another
 * number of entries than the database (another node wrote to the database), or when the
 * mapping or the analyzers changed since it was written (the
 * {@link SearchIndexFingerprint} stored beside it differs). The rebuild runs in the
 * background, with Hibernate Search logging its progress, so the site serves meanwhile;
 * then the rebuilt index is merged into one segment, still in the background. Changes
 * made through the portal are indexed as they commit.
 * <p>
 * It runs before seeding: a fresh database is indexed by the seed's own commits. It
 * reaches the entries by their entity name, as the rest of the search module does.
 */
@Component
class SearchIndexOnStartup extends BeforeTraffic implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexOnStartup.class);

	private final EntityManagerFactory entityManagerFactory;

	private final Path fingerprintFile;

	private final IndexOpenMarker openMarker;

	SearchIndexOnStartup(EntityManagerFactory entityManagerFactory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") Path indexRoot) {
		super(BeforeTraffic.CHECK_SEARCH_INDEX);
		this.entityManagerFactory = entityManagerFactory;
		this.fingerprintFile = indexRoot.resolve("entry.mapping");
		this.openMarker = new IndexOpenMarker(indexRoot.resolve("entry.open"));
	}

	@Override
	protected void run() {
		open();
	}

	/**
	 * Marks the index open, and starts a rebuild if it needs one, also when the portal
	 * last stopped without closing it.
	 * @return completes as {@link #rebuildIfNeeded()} does
	 */
	CompletionStage<?> open() {
		return rebuildIfNeeded(this.openMarker.open());
	}

	/** A clean stop: every change committed so far was indexed as it committed. */
	@Override
	public void destroy() {
		this.openMarker.close();
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
		String fingerprint = SearchIndexFingerprint
			.of(mapping.indexedEntity(EntryIndex.ENTITY).indexManager().descriptor());
		long stored = storedCount();
		Optional<String> reason = (leftOpen && stored > 0)
				? Optional.of("the portal last stopped without closing the index")
				: reasonToRebuild(fingerprint, stored);
		if (reason.isEmpty()) {
			writeFingerprint(fingerprint);
			return CompletableFuture.completedFuture(null);
		}
		logger.info("Rebuilding the search index in the background ({}): {} entries", reason.get(), stored);
		return mapping.scope(Object.class, EntryIndex.ENTITY)
			.massIndexer()
			.dropAndCreateSchemaOnStart(true)
			.threadsToLoadObjects(2)
			.start()
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.error("Rebuilding the search index failed; search answers from what is indexed", failure);
				}
				else {
					writeFingerprint(fingerprint);
					logger.info("The search index is rebuilt");
				}
			})
			.thenCompose((rebuilt) -> mergeSegments(mapping));
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
		if (indexed != stored) {
			// Entries committed while the index could not follow: the portal stopped
			// between a commit and its indexing, or another node wrote them.
			return Optional.of("the index holds " + indexed + " of the entries");
		}
		if (!readFingerprint().map(fingerprint::equals).orElse(false)) {
			return Optional.of("the index was written by another mapping");
		}
		return Optional.empty();
	}

	private long indexedCount() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope(entityManager))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

	private long storedCount() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery("select count(*) from " + EntryIndex.ENTITY, Long.class).getSingleResult();
		}
	}

	private static SearchScope<Object> scope(EntityManager entityManager) {
		return Search.session(entityManager).scope(Object.class, EntryIndex.ENTITY);
	}

	private Optional<String> readFingerprint() {
		try {
			return Files.isRegularFile(this.fingerprintFile)
					? Optional.of(Files.readString(this.fingerprintFile, StandardCharsets.UTF_8).strip())
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.fingerprintFile, ex);
		}
	}

	private void writeFingerprint(String fingerprint) {
		try {
			Files.createDirectories(this.fingerprintFile.getParent());
			Files.writeString(this.fingerprintFile, fingerprint + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.fingerprintFile, ex);
		}
	}

}
