package org.rustinwindows.portal.comments;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How comments are accepted.
 *
 * @param secret the key for form tokens, receipts and the hashes of addresses and emails;
 * when empty, one is generated once and kept under the data directory
 * @param minFillTime a form sent sooner after it was shown is taken for a robot's
 * @param maxFormAge a form older than this is refused (and shown again, text kept)
 * @param maxLinks the most links one comment may carry
 * @param postsPerWindow how many comments one address may post per window
 * @param window the rate limit's window
 * @param trustApprovedCommenters whether a comment from an email that already has an
 * approved comment is approved at once (emails are not verified, so this is off by
 * default)
 * @param trackedAddresses how many addresses the rate limit remembers at most
 */
@Validated
@ConfigurationProperties("portal.comments")
record CommentProperties(@DefaultValue("") String secret, @NotNull @DefaultValue("3s") Duration minFillTime,
		@NotNull @DefaultValue("24h") Duration maxFormAge, @Min(0) @DefaultValue("3") int maxLinks,
		@Min(1) @DefaultValue("5") int postsPerWindow, @NotNull @DefaultValue("10m") Duration window,
		@DefaultValue("false") boolean trustApprovedCommenters, @Min(1) @DefaultValue("100000") long trackedAddresses) {

}
