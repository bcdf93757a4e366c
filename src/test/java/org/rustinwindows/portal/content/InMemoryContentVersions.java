package org.rustinwindows.portal.content;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link ContentVersion}s kept in memory, for unit tests of what is keyed by one.
 */
public final class InMemoryContentVersions {

	private InMemoryContentVersions() {
	}

	/** A version that starts at 0 and moves with each change event it is given. */
	public static ContentVersion create() {
		AtomicLong stored = new AtomicLong();
		return new ContentVersion(new ContentVersion.Store() {

			@Override
			public long read() {
				return stored.get();
			}

			@Override
			public void move() {
				stored.incrementAndGet();
			}

		});
	}

}
