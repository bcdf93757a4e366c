package org.rustinwindows.portal.testsupport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits on latches in tests that hold threads at a chosen point, failing rather than
 * hanging when the point is never reached.
 */
public final class Latches {

	private Latches() {
	}

	/** Waits up to five seconds for the latch to open. */
	public static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).as("the latch opened within 5 s").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
