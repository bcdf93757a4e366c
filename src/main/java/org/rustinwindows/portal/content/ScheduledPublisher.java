package org.rustinwindows.portal.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for scheduled entries that are due, every
 * {@code portal.content.publish-check-interval} (30 seconds unless set), so that they go
 * out without anyone pressing a button or restarting anything.
 */
@Component
class ScheduledPublisher {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final EntryLifecycle lifecycle;

	ScheduledPublisher(EntryLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Scheduled(fixedDelayString = "${portal.content.publish-check-interval:30s}", initialDelayString = "5s")
	void publishDueEntries() {
		int published = this.lifecycle.publishDue();
		if (published > 0) {
			logger.info("Published {} scheduled {}", published, (published == 1) ? "entry" : "entries");
		}
	}

}
