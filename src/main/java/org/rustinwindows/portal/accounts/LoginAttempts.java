package org.rustinwindows.portal.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link LoginThrottle} remembers of one username at one address (a keyed hash of
 * the two): its failures in a row, and whether the account signed in from there.
 */
interface LoginAttempts {

	Optional<Backoff> backoff(String pair);

	/** One more failure, at that time. */
	void addFailure(String pair, Instant at);

	void forgetFailures(String pair);

	boolean isKnown(String pair);

	/** The account signed in from there, at that time. */
	void remember(String pair, Instant at);

	/**
	 * Forgets what no longer counts: failures older than twice the window, addresses not
	 * signed in from for {@code remember-addresses}.
	 * @return how many were forgotten
	 */
	int removeOld();

	/** Failures of one username from one address, and when the latest came. */
	record Backoff(int failures, Instant last) {

	}

}
