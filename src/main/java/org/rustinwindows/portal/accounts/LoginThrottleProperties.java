package org.rustinwindows.portal.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are slowed down. Each account and each client address may fail a
 * number of times within a window; after that, every further attempt waits until the
 * window lets one more through.
 *
 * @param accountFailures failed sign-ins allowed for one username per window
 * @param addressFailures failed sign-ins allowed from one address per window, whatever
 * the username
 * @param window the period over which failures are counted
 * @param trackedKeys how many accounts and addresses are remembered at most
 */
@Validated
@ConfigurationProperties("portal.login-throttle")
record LoginThrottleProperties(@Min(1) @DefaultValue("5") int accountFailures,
		@Min(1) @DefaultValue("20") int addressFailures, @DefaultValue("15m") Duration window,
		@Min(100) @DefaultValue("100000") int trackedKeys) {

}
