package org.rustinwindows.portal.transfer;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Runs editors' imports in the background, one at a time on all nodes, so that a large
 * archive does not hold a request open for minutes and its progress can be shown. Imports
 * are remembered for a day, in the database ({@link ImportJobStore}), so that any node
 * shows them; the node that runs one also holds it in memory.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofDays(1);

	private final ContentImporter importer;

	private final Clock clock;

	private final Cache<String, ImportJob> jobs = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(KEPT).build();

	private final AtomicReference<ImportJob> running = new AtomicReference<>();

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(new CustomizableThreadFactory("content-import-"));

	private final ImportJobStore store;

	ImportJobs(ContentImporter importer, Clock clock, ImportJobStore store) {
		this.importer = importer;
		this.clock = clock;
		this.store = store;
	}

	/**
	 * Starts importing the files in the background.
	 * @param source what the files came from, in the editor's words
	 * @throws ImportRunningException when another import is still running
	 */
	ImportJob start(ContentFiles read, String source, String editor) {
		ImportJob job = new ImportJob(source, editor, this.clock.instant());
		if (!this.running.compareAndSet(null, job)) {
			throw new ImportRunningException(this.running.get());
		}
		Optional<ImportJob> elsewhere = this.store.running();
		if (elsewhere.isPresent()) {
			this.running.set(null);
			throw new ImportRunningException(elsewhere.get());
		}
		this.store.removeStartedBefore(job.started().minus(KEPT));
		this.store.add(job);
		job.whenChanged(this::keep);
		this.jobs.put(job.id(), job);
		this.executor.execute(() -> run(job, read));
		return job;
	}

	/**
	 * Keeps how far the import has come for the other nodes. A failure to keep it costs
	 * only their view of it, so the import goes on.
	 */
	private void keep(ImportJob job) {
		try {
			this.store.update(job);
		}
		catch (DataAccessException ex) {
			logger.warn("Cannot keep how far the import of {} has come; it goes on", job.source(), ex);
		}
	}

	/** The import running now on any node, if any. */
	Optional<ImportJob> running() {
		ImportJob here = this.running.get();
		return (here != null) ? Optional.of(here) : this.store.running();
	}

	/**
	 * An import this node runs or ran, as it is now; another node's as far as it told.
	 */
	Optional<ImportJob> find(String id) {
		ImportJob here = this.jobs.getIfPresent(id);
		return (here != null) ? Optional.of(here) : this.store.find(id);
	}

	private void run(ImportJob job, ContentFiles read) {
		try {
			job.finish(this.importer.importAll(read, job.editor(), job));
		}
		catch (RuntimeException ex) {
			logger.error("The import of {} by {} stopped", job.source(), job.editor(), ex);
			job.fail();
		}
		finally {
			this.running.compareAndSet(job, null);
		}
	}

	/**
	 * Lets a running import finish before the portal stops, within the time an import may
	 * take: what it wrote is then in the search index too.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		ImportJob job = this.running.get();
		if (job != null) {
			logger.info("Waiting for the import of {} by {} to finish", job.source(), job.editor());
		}
		if (!this.executor.awaitTermination(1, TimeUnit.MINUTES)) {
			this.executor.shutdownNow();
		}
	}

	/**
	 * Another import is still running.
	 */
	static final class ImportRunningException extends RuntimeException {

		private final transient ImportJob running;

		ImportRunningException(ImportJob running) {
			super("Another import is running");
			this.running = running;
		}

		ImportJob running() {
			return this.running;
		}

	}

}
