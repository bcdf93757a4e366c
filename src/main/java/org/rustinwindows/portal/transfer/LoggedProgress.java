package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import's progress in the log, at most every few seconds, for an import nobody
 * watches on a page: seeding a large content folder at start-up, when the portal takes no
 * requests until it is done.
 */
final class LoggedProgress implements ImportProgress {

	private static final Logger logger = LoggerFactory.getLogger(LoggedProgress.class);

	private static final long EVERY = Duration.ofSeconds(5).toNanos();

	private final String what;

	private int files;

	private int written;

	private final LongSupplier clock;

	private final long began;

	private long lastLogged;

	LoggedProgress(String what) {
		this(what, System::nanoTime);
	}

	LoggedProgress(String what, LongSupplier nanoClock) {
		this.what = what;
		this.clock = nanoClock;
		this.began = nanoClock.getAsLong();
		this.lastLogged = this.began;
	}

	@Override
	public void begin(int files) {
		this.files = files;
	}

	@Override
	public void stage(ImportStage stage) {
		// Only a long import has logged its progress; it says what the wait is now for.
		if (stage == ImportStage.INDEXING && this.written > 0 && this.lastLogged != this.began) {
			logger.info("{}: {} files written; adding them to the search index", this.what, this.written);
		}
	}

	@Override
	public void written(int files) {
		if (files == 0) {
			return;
		}
		this.written += files;
		long now = this.clock.getAsLong();
		if (now - this.lastLogged > EVERY) {
			this.lastLogged = now;
			logger.info("{}: {} of {} files written", this.what, this.written, this.files);
		}
	}

}
