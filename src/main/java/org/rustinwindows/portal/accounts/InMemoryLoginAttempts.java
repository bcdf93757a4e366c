package org.rustinwindows.portal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Sign-in attempts in bounded caches, for the one node the embedded database serves: a
 * flood of made-up usernames or addresses cannot exhaust memory.
 */
class InMemoryLoginAttempts implements LoginAttempts {

	private final Cache<String, Backoff> backoffs;

	private final Cache<String, Boolean> known;

	InMemoryLoginAttempts(LoginThrottleProperties properties) {
		this.backoffs = cache(properties, properties.window().multipliedBy(2));
		this.known = cache(properties, properties.rememberAddresses());
	}

	@Override
	public Optional<Backoff> backoff(String pair) {
		return Optional.ofNullable(this.backoffs.getIfPresent(pair));
	}

	@Override
	public void addFailure(String pair, Instant at) {
		this.backoffs.asMap()
			.merge(pair, new Backoff(1, at), (earlier, now) -> new Backoff(earlier.failures() + 1, now.last()));
	}

	@Override
	public void forgetFailures(String pair) {
		this.backoffs.invalidate(pair);
	}

	@Override
	public boolean isKnown(String pair) {
		return this.known.getIfPresent(pair) != null;
	}

	@Override
	public void remember(String pair, Instant at) {
		this.known.put(pair, Boolean.TRUE);
	}

	/** The caches forget on their own. */
	@Override
	public int removeOld() {
		return 0;
	}

	private static <V> Cache<String, V> cache(LoginThrottleProperties properties, Duration forgetAfter) {
		return Caffeine.newBuilder().maximumSize(properties.trackedKeys()).expireAfterAccess(forgetAfter).build();
	}

}
