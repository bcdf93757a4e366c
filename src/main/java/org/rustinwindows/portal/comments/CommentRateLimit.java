package org.rustinwindows.portal.comments;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.rustinwindows.portal.shared.RateLimitBuckets;

import org.springframework.stereotype.Component;

/**
 * Comments per address per window, with Bucket4j token buckets that every node shares
 * where the database allows ({@link RateLimitBuckets}): a flood from many addresses
 * cannot exhaust memory, and one address cannot flood the moderation queue, on one node
 * or several.
 */
@Component
class CommentRateLimit {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limit;

	CommentRateLimit(CommentProperties properties, RateLimitBuckets buckets) {
		this.buckets = buckets.of("comments", properties.trackedAddresses());
		int posts = properties.postsPerWindow();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(posts).refillGreedy(posts, properties.window()))
			.build();
		this.limit = () -> configuration;
	}

	/**
	 * Takes one comment from the address's allowance.
	 * @return how long to wait, when the allowance is used up
	 */
	Optional<Duration> tryPost(String addressHash) {
		ConsumptionProbe probe = this.buckets.builder().build(addressHash, this.limit).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

}
