package org.rustinwindows.portal.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.rustinwindows.portal.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes uploaded images that nothing refers to once their grace period is over: an
 * editor uploads an image, previews it and leaves without saving, and without this the
 * file would stay for ever. The grace period leaves time to come back to an unsaved form.
 * Files half-written by an interrupted upload go after the same period. A folder is
 * cleaned by its own node; the database's images by one node at a time.
 */
@Component
class OrphanedMediaCleanup implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(OrphanedMediaCleanup.class);

	private static final Pattern PARTIAL = Pattern.compile("upload-.*\\.part");

	/** Not at start-up, which has enough to do. */
	private static final Duration FIRST_RUN = Duration.ofMinutes(10);

	private final MediaStore store;

	private final MediaUsage usage;

	private final MediaProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	OrphanedMediaCleanup(MediaStore store, MediaUsage usage, MediaProperties properties, Clock clock,
			ClusterJobs jobs) {
		this.store = store;
		this.usage = usage;
		this.properties = properties;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Runnable job = (this.store instanceof DatabaseMediaStore)
				? this.jobs.once("remove-orphaned-media", this.properties.cleanupInterval(), this::removeOrphans)
				: this::removeOrphans;
		registrar.addFixedDelayTask(new FixedDelayTask(job, this.properties.cleanupInterval(), FIRST_RUN));
	}

	void removeOrphans() {
		int removed = removeOrphansNow();
		if (removed > 0) {
			logger.info("Removed {} uploaded {} that no entry or revision uses", removed,
					(removed == 1) ? "image" : "images");
		}
	}

	/**
	 * @return how many images and leftovers were removed
	 */
	int removeOrphansNow() {
		Instant cutoff = this.clock.instant().minus(this.properties.orphanGrace());
		int removed = 0;
		for (String name : this.store.keptBefore(cutoff)) {
			boolean stored = MediaLibrary.STORED_NAME.matcher(name).matches();
			if ((stored || PARTIAL.matcher(name).matches())
					&& !(stored && this.usage.isInUse(MediaLibrary.URL_PREFIX + name))) {
				this.store.delete(name);
				removed++;
			}
		}
		return removed;
	}

}
