package org.rustinwindows.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.rustinwindows.portal.shared.ClockTimeMeter;

/**
 * Slows down guessing without letting a stranger lock an account's owner out.
 * <ul>
 * <li>One username from one address: a few free failures, then a wait that doubles with
 * each further attempt (exponential back-off), up to the window.</li>
 * <li>One address, whatever the usernames: a token bucket (Bucket4j) of failures per
 * window.</li>
 * <li>One username from every address it has never signed in from: a token bucket too, so
 * that guesses spread over many addresses still slow down. Addresses the account signed
 * in from before are exempt, so the owner gets in while strangers are held back.</li>
 * </ul>
 * Every attempt counts, those turned away during a wait included, so waiting out nothing
 * does not help a guesser. Everything lives in bounded caches, so a flood of made-up
 * usernames or addresses cannot exhaust memory.
 */
class LoginThrottle {

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final Cache<String, Backoff> pairBackoffs;

	private final Cache<String, Bucket> addressBuckets;

	private final Cache<String, Bucket> strangerBuckets;

	private final Cache<String, Boolean> knownPairs;

	private final Function<String, Bucket> newAddressBucket;

	private final Function<String, Bucket> newStrangerBucket;

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		TimeMeter time = new ClockTimeMeter(clock);
		Duration forgetAfter = properties.window().multipliedBy(2);
		this.pairBackoffs = cache(properties, forgetAfter);
		this.addressBuckets = cache(properties, forgetAfter);
		this.strangerBuckets = cache(properties, forgetAfter);
		this.knownPairs = cache(properties, properties.rememberAddresses());
		this.newAddressBucket = (key) -> bucket(properties.addressFailures(), properties.window(), time);
		this.newStrangerBucket = (key) -> bucket(properties.accountFailures(), properties.window(), time);
	}

	/**
	 * @return how long the caller must wait before the next attempt, if they must
	 */
	Optional<Duration> lockedFor(String address, String username) {
		String account = key(username);
		long nanos = Math.max(waitNanos(this.addressBuckets.getIfPresent(address)),
				backoffNanos(this.pairBackoffs.getIfPresent(pair(address, account))));
		if (!isKnown(address, account)) {
			nanos = Math.max(nanos, waitNanos(this.strangerBuckets.getIfPresent(account)));
		}
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	/** A wrong password, or an attempt turned away while its caller had to wait. */
	void recordFailure(String address, String username) {
		String account = key(username);
		this.addressBuckets.get(address, this.newAddressBucket).tryConsume(1);
		this.pairBackoffs.asMap()
			.merge(pair(address, account), new Backoff(1, this.clock.instant()),
					(earlier, now) -> new Backoff(earlier.failures() + 1, now.last()));
		if (!isKnown(address, account)) {
			this.strangerBuckets.get(account, this.newStrangerBucket).tryConsume(1);
		}
	}

	/** The account's owner is at this address: it is exempt from strangers' failures. */
	void recordSuccess(String address, String username) {
		String account = key(username);
		this.knownPairs.put(pair(address, account), Boolean.TRUE);
		this.pairBackoffs.invalidate(pair(address, account));
	}

	private boolean isKnown(String address, String account) {
		return this.knownPairs.getIfPresent(pair(address, account)) != null;
	}

	private long backoffNanos(Backoff backoff) {
		if (backoff == null || backoff.failures() < this.properties.pairFailures()) {
			return 0;
		}
		int doublings = Math.min(backoff.failures() - this.properties.pairFailures(), 30);
		Duration wait = this.properties.firstBackoff().multipliedBy(1L << doublings);
		if (wait.compareTo(this.properties.window()) > 0) {
			wait = this.properties.window();
		}
		return Math.max(0, Duration.between(this.clock.instant(), backoff.last().plus(wait)).toNanos());
	}

	private static long waitNanos(Bucket bucket) {
		return (bucket != null) ? bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() : 0;
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String pair(String address, String account) {
		return account + '\n' + address;
	}

	private static <V> Cache<String, V> cache(LoginThrottleProperties properties, Duration forgetAfter) {
		return Caffeine.newBuilder().maximumSize(properties.trackedKeys()).expireAfterAccess(forgetAfter).build();
	}

	private static Bucket bucket(int failures, Duration window, TimeMeter time) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, window))
			.withCustomTimePrecision(time)
			.build();
	}

	/** Failures of one username from one address, and when the latest came. */
	private record Backoff(int failures, Instant last) {

	}

}
