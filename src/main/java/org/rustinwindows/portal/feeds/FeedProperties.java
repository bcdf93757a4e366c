package org.rustinwindows.portal.feeds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How feeds are built.
 *
 * @param size how many of the newest entries a feed carries
 */
@Validated
@ConfigurationProperties("portal.feeds")
record FeedProperties(@Min(1) @Max(500) @DefaultValue("50") int size) {

}
