package org.rustinwindows.portal.accounts;

import java.security.SecureRandom;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.shared.NodeOfItsOwn;
import org.rustinwindows.portal.shared.RateLimitBuckets;
import org.rustinwindows.portal.testsupport.MutableClock;
import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LoginThrottleContract} in PostgreSQL, as every node of a cluster shares it, plus
 * what only sharing gives: two nodes count the same failures and know the same owners.
 * Each test's throttles hash with a key of their own, so that tests never meet in the
 * tables; outside a test transaction, as requests use them.
 */
@PostgresDataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottlePostgresTests extends LoginThrottleContract {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private final byte[] key = randomKey();

	@Override
	LoginThrottle throttle(MutableClock clock) {
		RateLimitBuckets buckets = NodeOfItsOwn.rateLimitBuckets(this.dataSource, this.jdbc, clock);
		assertThat(buckets.shared()).isTrue();
		return new LoginThrottle(PROPERTIES, clock, new DatabaseLoginAttempts(this.jdbc, PROPERTIES, clock),
				buckets.of("test-login-address", 1000), buckets.of("test-login-account", 1000), this.key);
	}

	@AfterEach
	void forgetTheAttempts() {
		this.jdbc.update("delete from rate_limit_bucket where id like 'test-login-%'");
		this.jdbc.update("delete from login_backoff");
		this.jdbc.update("delete from login_known_address");
	}

	@Test
	void failuresOnTwoNodesCountTogether() {
		LoginThrottle nodeB = throttle(this.clock);
		for (int i = 0; i < 2; i++) {
			this.throttle.recordFailure("10.0.1.1", "editor");
		}
		nodeB.recordFailure("10.0.1.1", "editor");
		assertThat(this.throttle.lockedFor("10.0.1.1", "editor")).contains(Duration.ofSeconds(30));
		assertThat(nodeB.lockedFor("10.0.1.1", "editor")).contains(Duration.ofSeconds(30));
		for (int i = 0; i < 5; i++) {
			nodeB.recordFailure("192.0.2.9", "user" + i);
			this.throttle.recordFailure("192.0.2.9", "other" + i);
		}
		assertThat(this.throttle.lockedFor("192.0.2.9", "fresh-name")).as("eight failures from one address")
			.isPresent();
	}

	@Test
	void anOwnerKnownOnOneNodeIsKnownOnTheOther() {
		LoginThrottle nodeB = throttle(this.clock);
		this.throttle.recordSuccess("198.51.100.10", "admin");
		for (int i = 0; i < 50; i++) {
			nodeB.recordFailure("203.0.113." + i, "admin");
		}
		assertThat(nodeB.lockedFor("203.0.113.200", "admin")).isPresent();
		assertThat(nodeB.lockedFor("198.51.100.10", "admin")).isEmpty();
	}

	@Test
	void storesNeitherUsernamesNorAddresses() {
		this.throttle.recordFailure("10.0.1.2", "editor");
		this.throttle.recordSuccess("10.0.1.3", "editor");
		assertThat(this.jdbc.queryForList(
				"select pair_key from login_backoff union all "
						+ "select pair_key from login_known_address union all select id from rate_limit_bucket",
				String.class))
			.isNotEmpty()
			.noneMatch((key) -> key.contains("10.0.1") || key.contains("editor"));
	}

	@Test
	void forgetsWhatNoLongerCounts() {
		DatabaseLoginAttempts attempts = new DatabaseLoginAttempts(this.jdbc, PROPERTIES, this.clock);
		this.throttle.recordFailure("10.0.1.4", "editor");
		this.throttle.recordSuccess("10.0.1.5", "editor");
		assertThat(attempts.removeOld()).isZero();
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(attempts.removeOld()).as("the failure, past twice the window").isEqualTo(1);
		this.clock.advance(Duration.ofDays(90));
		assertThat(attempts.removeOld()).as("the address, past remember-addresses").isEqualTo(1);
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
