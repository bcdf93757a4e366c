package org.rustinwindows.portal.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are slowed down (see {@link LoginThrottle}).
 *
 * @param pairFailures failed sign-ins allowed for one username from one address before
 * each further attempt must wait
 * @param firstBackoff the first wait after those; each further attempt doubles it, up to
 * the window
 * @param accountFailures failed sign-ins allowed per window for one username from
 * addresses it has never signed in from
 * @param addressFailures failed sign-ins allowed from one address per window, whatever
 * the username
 * @param window the period over which failures are counted, and the longest wait
 * @param rememberAddresses how long an address an account signed in from stays exempt
 * from strangers' failures
 * @param trackedKeys how many accounts and addresses are remembered at most
 */
@Validated
@ConfigurationProperties("portal.login-throttle")
record LoginThrottleProperties(@Min(1) @DefaultValue("5") int pairFailures, @DefaultValue("30s") Duration firstBackoff,
		@Min(1) @DefaultValue("20") int accountFailures, @Min(1) @DefaultValue("20") int addressFailures,
		@DefaultValue("15m") Duration window, @DefaultValue("90d") Duration rememberAddresses,
		@Min(100) @DefaultValue("100000") int trackedKeys) {

}
