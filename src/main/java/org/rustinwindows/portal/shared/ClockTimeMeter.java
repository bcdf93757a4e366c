package org.rustinwindows.portal.shared;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;

/**
 * Bucket4j's time taken from the portal's clock, so that tests can move it.
 *
 * @param clock the portal's clock
 */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

	@Override
	public long currentTimeNanos() {
		return this.clock.millis() * 1_000_000L;
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
