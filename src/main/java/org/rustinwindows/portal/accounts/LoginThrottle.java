package org.rustinwindows.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

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
 * does not help a guesser. What it remembers ({@link LoginAttempts} and the buckets) is
 * in the database on PostgreSQL, so that it holds across nodes, and in bounded caches on
 * the embedded H2. Usernames and addresses are remembered only as keyed hashes.
 */
class LoginThrottle {

	private static final String ALGORITHM = "HmacSHA256";

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final LoginAttempts attempts;

	private final ProxyManager<String> addressBuckets;

	private final ProxyManager<String> strangerBuckets;

	private final SecretKeySpec key;

	private final Supplier<BucketConfiguration> addressLimit;

	private final Supplier<BucketConfiguration> strangerLimit;

	/**
	 * @param attempts failures and known addresses by username and address
	 * @param addressBuckets failures by address
	 * @param strangerBuckets failures by username from addresses it never signed in from
	 * @param key the key of the hashes that stand for usernames and addresses
	 */
	LoginThrottle(LoginThrottleProperties properties, Clock clock, LoginAttempts attempts,
			ProxyManager<String> addressBuckets, ProxyManager<String> strangerBuckets, byte[] key) {
		this.properties = properties;
		this.clock = clock;
		this.attempts = attempts;
		this.addressBuckets = addressBuckets;
		this.strangerBuckets = strangerBuckets;
		this.key = new SecretKeySpec(key, ALGORITHM);
		this.addressLimit = () -> limit(properties.addressFailures(), properties.window());
		this.strangerLimit = () -> limit(properties.accountFailures(), properties.window());
	}

	/**
	 * @return how long the caller must wait before the next attempt, if they must
	 */
	Optional<Duration> lockedFor(String address, String username) {
		String account = hash("account", key(username));
		String pair = hash("pair", key(username) + '\n' + address);
		long nanos = Math.max(waitNanos(this.addressBuckets, hash("address", address), this.addressLimit),
				backoffNanos(this.attempts.backoff(pair).orElse(null)));
		if (!this.attempts.isKnown(pair)) {
			nanos = Math.max(nanos, waitNanos(this.strangerBuckets, account, this.strangerLimit));
		}
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	/** A wrong password, or an attempt turned away while its caller had to wait. */
	void recordFailure(String address, String username) {
		String pair = hash("pair", key(username) + '\n' + address);
		this.addressBuckets.builder().build(hash("address", address), this.addressLimit).tryConsume(1);
		this.attempts.addFailure(pair, this.clock.instant());
		if (!this.attempts.isKnown(pair)) {
			this.strangerBuckets.builder().build(hash("account", key(username)), this.strangerLimit).tryConsume(1);
		}
	}

	/** The account's owner is at this address: it is exempt from strangers' failures. */
	void recordSuccess(String address, String username) {
		String pair = hash("pair", key(username) + '\n' + address);
		this.attempts.remember(pair, this.clock.instant());
		this.attempts.forgetFailures(pair);
	}

	private long backoffNanos(LoginAttempts.Backoff backoff) {
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

	private static long waitNanos(ProxyManager<String> buckets, String key, Supplier<BucketConfiguration> limit) {
		return buckets.builder().build(key, limit).estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** A keyed hash, so that what is stored names no one without the key. */
	private String hash(String kind, String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal((kind + '\n' + value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, ex);
		}
	}

	private static BucketConfiguration limit(int failures, Duration window) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, window))
			.build();
	}

}
