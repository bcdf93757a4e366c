package org.rustinwindows.portal.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in attempts in the database (V17), which every node of a cluster shares: failures
 * spread over the nodes count all the same, and an address the owner signed in from on
 * one node is known on all. Rows past their use (failures older than twice the window,
 * addresses not signed in from for {@code remember-addresses}) are removed by
 * {@link LoginAttemptsCleanup}.
 */
class DatabaseLoginAttempts implements LoginAttempts {

	private final JdbcTemplate jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	DatabaseLoginAttempts(JdbcTemplate jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Optional<Backoff> backoff(String pair) {
		List<Backoff> found = this.jdbc.query(
				"select failures, last_failure from login_backoff where pair_key = ? and last_failure > ?",
				(row, i) -> new Backoff(row.getInt(1), row.getTimestamp(2).toInstant()), pair,
				Timestamp.from(forgetFailuresBefore()));
		return found.stream().findFirst();
	}

	/**
	 * Counts on in one statement, so that failures on two nodes at once both count; a
	 * pair's first failure inserts its row, and if another node inserted it meanwhile,
	 * counts on in it.
	 */
	@Override
	public void addFailure(String pair, Instant at) {
		Timestamp when = Timestamp.from(at);
		// Failures long past start the count again, as a forgotten row would.
		String update = "update login_backoff set failures = case when last_failure > ? then failures + 1 else 1 end, "
				+ "last_failure = ? where pair_key = ?";
		if (this.jdbc.update(update, Timestamp.from(forgetFailuresBefore()), when, pair) > 0) {
			return;
		}
		try {
			this.jdbc.update("insert into login_backoff (pair_key, failures, last_failure) values (?, 1, ?)", pair,
					when);
		}
		catch (DuplicateKeyException insertedElsewhere) {
			this.jdbc.update(update, Timestamp.from(forgetFailuresBefore()), when, pair);
		}
	}

	@Override
	public void forgetFailures(String pair) {
		this.jdbc.update("delete from login_backoff where pair_key = ?", pair);
	}

	@Override
	public boolean isKnown(String pair) {
		return !this.jdbc
			.queryForList("select 1 from login_known_address where pair_key = ? and last_success > ?", Integer.class,
					pair, Timestamp.from(this.clock.instant().minus(this.properties.rememberAddresses())))
			.isEmpty();
	}

	@Override
	public void remember(String pair, Instant at) {
		Timestamp when = Timestamp.from(at);
		if (this.jdbc.update("update login_known_address set last_success = ? where pair_key = ?", when, pair) > 0) {
			return;
		}
		try {
			this.jdbc.update("insert into login_known_address (pair_key, last_success) values (?, ?)", pair, when);
		}
		catch (DuplicateKeyException insertedElsewhere) {
			// Known already, as of a moment ago.
		}
	}

	@Override
	public int removeOld() {
		return this.jdbc.update("delete from login_backoff where last_failure <= ?",
				Timestamp.from(forgetFailuresBefore()))
				+ this.jdbc.update("delete from login_known_address where last_success <= ?",
						Timestamp.from(this.clock.instant().minus(this.properties.rememberAddresses())));
	}

	private Instant forgetFailuresBefore() {
		return this.clock.instant().minus(this.properties.window().multipliedBy(2));
	}

}
