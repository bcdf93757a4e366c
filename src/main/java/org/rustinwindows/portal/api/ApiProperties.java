package org.rustinwindows.portal.api;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much of the open data one address may ask for.
 *
 * @param requestsPerWindow requests one address may make in a window, the dataset
 * included
 * @param window the window the allowance refills over
 * @param trackedAddresses how many addresses the rate limit remembers at most
 */
@Validated
@ConfigurationProperties("portal.api")
record ApiProperties(@Min(1) @DefaultValue("120") int requestsPerWindow, @NotNull @DefaultValue("1m") Duration window,
		@Min(1) @DefaultValue("100000") long trackedAddresses) {

}
