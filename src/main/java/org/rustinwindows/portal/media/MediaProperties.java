package org.rustinwindows.portal.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded images, and how long unused ones are kept.
 *
 * @param maxImageSize the largest image accepted
 * @param orphanGrace how long an uploaded image that nothing refers to is kept before
 * {@link OrphanedMediaCleanup} removes it
 * @param cleanupInterval how often such images are looked for
 * @param store where images are kept: a folder under the data directory (one node), or
 * the database, which every node shares
 * @param memory with the database store, how much of the most read images each node keeps
 * in memory
 */
@ConfigurationProperties("portal.media")
record MediaProperties(@DefaultValue("5MB") DataSize maxImageSize, @DefaultValue("7d") Duration orphanGrace,
		@DefaultValue("6h") Duration cleanupInterval, @DefaultValue("folder") Store store,
		@DefaultValue("32MB") DataSize memory) {

	enum Store {

		FOLDER, DATABASE

	}

}
