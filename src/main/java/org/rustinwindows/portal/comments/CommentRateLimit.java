package org.rustinwindows.portal.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Comments per address per window, with Bucket4j token buckets kept in a bounded cache: a
 * flood from many addresses cannot exhaust memory, and one address cannot flood the
 * moderation queue.
 */
@Component
class CommentRateLimit {

	private final Cache<String, Bucket> buckets;

	private final CommentProperties properties;

	private final TimeMeter time;

	CommentRateLimit(CommentProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.trackedAddresses())
			.expireAfterAccess(properties.window().multipliedBy(2))
			.build();
	}

	/**
	 * Takes one comment from the address's allowance.
	 * @return how long to wait, when the allowance is used up
	 */
	Optional<Duration> tryPost(String addressHash) {
		ConsumptionProbe probe = this.buckets.get(addressHash, (key) -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		int posts = this.properties.postsPerWindow();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(posts).refillGreedy(posts, this.properties.window()))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
