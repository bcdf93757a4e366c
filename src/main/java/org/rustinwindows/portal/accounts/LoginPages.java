package org.rustinwindows.portal.accounts;

import java.time.Duration;

/**
 * Where the sign-in form sends a visitor back to, and what it tells them.
 */
final class LoginPages {

	static final String FAILED_URL = "/login?error";

	private LoginPages() {
	}

	static String lockedUrl(Duration wait) {
		return "/login?locked=" + minutesToWait(wait);
	}

	/** Whole minutes, rounded up, so that "1 minute" is never too short. */
	static long minutesToWait(Duration wait) {
		long minutes = wait.toMinutes();
		return (wait.compareTo(Duration.ofMinutes(minutes)) > 0) ? minutes + 1 : Math.max(minutes, 1);
	}

}
