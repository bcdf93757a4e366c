package org.rustinwindows.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failed sign-ins per account and per client address with token buckets (Bucket4j)
 * and says when either has run out. Buckets live in a bounded cache, so a flood of
 * made-up usernames or addresses cannot exhaust memory.
 */
class LoginThrottle {

	private final Cache<String, Bucket> accountBuckets;

	private final Cache<String, Bucket> addressBuckets;

	private final Function<String, Bucket> newAccountBucket;

	private final Function<String, Bucket> newAddressBucket;

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		TimeMeter time = new ClockTimeMeter(clock);
		this.accountBuckets = cache(properties);
		this.addressBuckets = cache(properties);
		this.newAccountBucket = (key) -> bucket(properties.accountFailures(), properties.window(), time);
		this.newAddressBucket = (key) -> bucket(properties.addressFailures(), properties.window(), time);
	}

	/**
	 * @return how long the caller must wait before the next attempt, if they must
	 */
	Optional<Duration> lockedFor(String address, String username) {
		long nanos = Math.max(waitNanos(this.addressBuckets.getIfPresent(address)),
				waitNanos(this.accountBuckets.getIfPresent(key(username))));
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	void recordFailure(String address, String username) {
		this.addressBuckets.get(address, this.newAddressBucket).tryConsume(1);
		this.accountBuckets.get(key(username), this.newAccountBucket).tryConsume(1);
	}

	private static long waitNanos(Bucket bucket) {
		return (bucket != null) ? bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() : 0;
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static Cache<String, Bucket> cache(LoginThrottleProperties properties) {
		return Caffeine.newBuilder()
			.maximumSize(properties.trackedKeys())
			.expireAfterAccess(properties.window().multipliedBy(2))
			.build();
	}

	private static Bucket bucket(int failures, Duration window, TimeMeter time) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, window))
			.withCustomTimePrecision(time)
			.build();
	}

	/** Bucket4j's time taken from the portal's clock, so tests can move it. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
