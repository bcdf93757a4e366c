package org.rustinwindows.portal.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(3, 5, Duration.ofMinutes(15), 1000), this.clock);

	@Test
	void accountIsLockedAfterItsFailuresAndUnlockedAsTheWindowPasses() {
		for (int i = 0; i < 2; i++) {
			this.throttle.recordFailure("10.0.0." + i, "Editor");
			assertThat(this.throttle.lockedFor("10.0.0.9", "editor")).isEmpty();
		}
		this.throttle.recordFailure("10.0.0.3", "editor ");
		assertThat(this.throttle.lockedFor("10.0.0.9", "EDITOR"))
			.hasValueSatisfying((wait) -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
		assertThat(this.throttle.lockedFor("10.0.0.9", "someone-else")).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.lockedFor("10.0.0.9", "editor")).isEmpty();
	}

	@Test
	void addressIsLockedAfterItsFailuresWhateverTheUsername() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("192.0.2.7", "user" + i);
		}
		assertThat(this.throttle.lockedFor("192.0.2.7", "fresh-name")).isPresent();
		assertThat(this.throttle.lockedFor("192.0.2.8", "fresh-name")).isEmpty();
	}

	@Test
	void unknownCallersAreNotLocked() {
		assertThat(this.throttle.lockedFor("198.51.100.1", null)).isEmpty();
	}

	@Test
	void waitIsShownInWholeMinutesRoundedUp() {
		assertThat(LoginPages.minutesToWait(Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(LoginPages.minutesToWait(Duration.ofMinutes(3))).isEqualTo(3);
		assertThat(LoginPages.minutesToWait(Duration.ofSeconds(181))).isEqualTo(4);
	}

}
