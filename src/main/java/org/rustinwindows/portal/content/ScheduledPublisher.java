package org.rustinwindows.portal.content;

import java.time.Duration;

import org.rustinwindows.portal.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Looks for scheduled entries that are due, every
 * {@link ContentProperties#publishCheckInterval()}, so that they go out without anyone
 * pressing a button or restarting anything. On one node at a time: two nodes publishing
 * the same entry at once would make one of them fail on the entry's version.
 */
@Component
class ScheduledPublisher implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPublisher.class);

	private static final Duration FIRST_CHECK = Duration.ofSeconds(5);

	/** Far longer than publishing takes, however many entries fall due together. */
	private static final Duration LONGEST_RUN = Duration.ofMinutes(10);

	private final EntryLifecycle lifecycle;

	private final ContentProperties properties;

	private final ClusterJobs jobs;

	ScheduledPublisher(EntryLifecycle lifecycle, ContentProperties properties, ClusterJobs jobs) {
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(this.jobs.once("publish-due-entries", LONGEST_RUN, this::publishDueEntries),
						this.properties.publishCheckInterval(), FIRST_CHECK));
	}

	void publishDueEntries() {
		int published = this.lifecycle.publishDue();
		if (published > 0) {
			logger.info("Published {} scheduled {}", published, (published == 1) ? "entry" : "entries");
		}
	}

}
