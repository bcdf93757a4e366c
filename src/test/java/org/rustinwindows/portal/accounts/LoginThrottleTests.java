package org.rustinwindows.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.shared.RateLimitBuckets;
import org.rustinwindows.portal.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LoginThrottleContract} in memory, as one node on the embedded database keeps it.
 */
class LoginThrottleTests extends LoginThrottleContract {

	@Override
	LoginThrottle throttle(MutableClock clock) {
		return new LoginThrottle(PROPERTIES, clock, new InMemoryLoginAttempts(PROPERTIES),
				RateLimitBuckets.inMemory(clock, 1000), RateLimitBuckets.inMemory(clock, 1000),
				"test-key".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void waitIsShownInWholeMinutesRoundedUp() {
		assertThat(LoginPages.minutesToWait(Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(LoginPages.minutesToWait(Duration.ofMinutes(3))).isEqualTo(3);
		assertThat(LoginPages.minutesToWait(Duration.ofSeconds(181))).isEqualTo(4);
	}

}
