package org.rustinwindows.portal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

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
 * Files half-written by an interrupted upload go after the same period.
 */
@Component
class OrphanedMediaCleanup implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(OrphanedMediaCleanup.class);

	/** The names MediaLibrary gives: a hash and an image type. */
	private static final Pattern STORED = Pattern.compile("[0-9a-f]{32}\\.[a-z]{3,4}");

	private static final Pattern PARTIAL = Pattern.compile("upload-.*\\.part");

	/** Not at start-up, which has enough to do. */
	private static final Duration FIRST_RUN = Duration.ofMinutes(10);

	private final MediaLibrary library;

	private final MediaUsage usage;

	private final MediaProperties properties;

	private final Clock clock;

	OrphanedMediaCleanup(MediaLibrary library, MediaUsage usage, MediaProperties properties, Clock clock) {
		this.library = library;
		this.usage = usage;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar
			.addFixedDelayTask(new FixedDelayTask(this::removeOrphans, this.properties.cleanupInterval(), FIRST_RUN));
	}

	void removeOrphans() {
		int removed = removeOrphansNow();
		if (removed > 0) {
			logger.info("Removed {} uploaded {} that no entry or revision uses", removed,
					(removed == 1) ? "image" : "images");
		}
	}

	/**
	 * @return how many files were removed
	 */
	int removeOrphansNow() {
		Path folder = this.library.folder();
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		Instant cutoff = this.clock.instant().minus(this.properties.orphanGrace());
		int removed = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				boolean stored = STORED.matcher(name).matches();
				if ((stored || PARTIAL.matcher(name).matches()) && olderThan(file, cutoff)
						&& !(stored && this.usage.isInUse(MediaLibrary.URL_PREFIX + name))) {
					Files.deleteIfExists(file);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean up " + folder, ex);
		}
		return removed;
	}

	private static boolean olderThan(Path file, Instant cutoff) throws IOException {
		return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
	}

}
