package org.rustinwindows.portal.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling as a guesser and an account's owner meet it, whichever store keeps
 * the attempts: {@link LoginThrottleTests} in memory, {@link LoginThrottlePostgresTests}
 * in the database that nodes share.
 */
abstract class LoginThrottleContract {

	static final LoginThrottleProperties PROPERTIES = new LoginThrottleProperties(3, Duration.ofSeconds(30), 10, 8,
			Duration.ofMinutes(15), Duration.ofDays(90), 1000);

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	LoginThrottle throttle;

	@BeforeEach
	void makeTheThrottle() {
		this.throttle = throttle(this.clock);
	}

	/** A throttle with {@link #PROPERTIES}, timed by the clock, that knows no one yet. */
	abstract LoginThrottle throttle(MutableClock clock);

	@Test
	void oneUsernameFromOneAddressWaitsLongerWithEveryAttempt() {
		for (int i = 0; i < 2; i++) {
			this.throttle.recordFailure("10.0.0.1", "Editor");
			assertThat(this.throttle.lockedFor("10.0.0.1", "editor")).isEmpty();
		}
		this.throttle.recordFailure("10.0.0.1", "editor ");
		assertThat(this.throttle.lockedFor("10.0.0.1", "EDITOR")).contains(Duration.ofSeconds(30));
		this.throttle.recordFailure("10.0.0.1", "editor");
		assertThat(this.throttle.lockedFor("10.0.0.1", "editor")).contains(Duration.ofSeconds(60));
		this.throttle.recordFailure("10.0.0.1", "editor");
		assertThat(this.throttle.lockedFor("10.0.0.1", "editor")).contains(Duration.ofSeconds(120));
		this.clock.advance(Duration.ofSeconds(120));
		assertThat(this.throttle.lockedFor("10.0.0.1", "editor")).isEmpty();
	}

	@Test
	void theWaitNeverExceedsTheWindow() {
		for (int i = 0; i < 40; i++) {
			this.throttle.recordFailure("10.0.0.2", "editor");
		}
		assertThat(this.throttle.lockedFor("10.0.0.2", "editor")).contains(Duration.ofMinutes(15));
	}

	@Test
	void anotherAddressOrUsernameIsNotHeldBackByOnePairsFailures() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("10.0.0.3", "editor");
		}
		assertThat(this.throttle.lockedFor("10.0.0.3", "editor")).isPresent();
		assertThat(this.throttle.lockedFor("10.0.0.4", "editor")).isEmpty();
		assertThat(this.throttle.lockedFor("10.0.0.3", "someone-else")).isEmpty();
	}

	@Test
	void addressIsHeldBackAfterItsFailuresWhateverTheUsername() {
		for (int i = 0; i < 8; i++) {
			this.throttle.recordFailure("192.0.2.7", "user" + i);
		}
		assertThat(this.throttle.lockedFor("192.0.2.7", "fresh-name")).isPresent();
		assertThat(this.throttle.lockedFor("192.0.2.8", "fresh-name")).isEmpty();
	}

	@Test
	void guessesSpreadOverManyAddressesHoldBackStrangersButNotTheOwnersAddress() {
		this.throttle.recordSuccess("198.51.100.10", "admin");
		for (int i = 0; i < 50; i++) {
			this.throttle.recordFailure("203.0.113." + i, "admin");
		}
		assertThat(this.throttle.lockedFor("203.0.113.200", "admin")).isPresent();
		assertThat(this.throttle.lockedFor("198.51.100.10", "admin")).isEmpty();
	}

	@Test
	void theOwnersAddressIsRememberedOnlyForItsOwnAccount() {
		this.throttle.recordSuccess("198.51.100.10", "admin");
		for (int i = 0; i < 50; i++) {
			this.throttle.recordFailure("203.0.113." + i, "editor");
		}
		assertThat(this.throttle.lockedFor("198.51.100.10", "editor")).isPresent();
	}

	@Test
	void aSuccessClearsThatPairsWait() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("10.0.0.5", "editor");
		}
		this.clock.advance(Duration.ofSeconds(30));
		this.throttle.recordSuccess("10.0.0.5", "editor");
		this.throttle.recordFailure("10.0.0.5", "editor");
		assertThat(this.throttle.lockedFor("10.0.0.5", "editor")).isEmpty();
	}

	@Test
	void unknownCallersAreNotLocked() {
		assertThat(this.throttle.lockedFor("198.51.100.1", null)).isEmpty();
	}

}
