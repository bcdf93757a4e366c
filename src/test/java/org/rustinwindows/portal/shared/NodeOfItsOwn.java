package org.rustinwindows.portal.shared;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one more portal node would make of a database, for tests in other modules that
 * play several nodes on one: their own {@link RateLimitBuckets}, as each node has.
 */
public final class NodeOfItsOwn {

	private NodeOfItsOwn() {
	}

	public static RateLimitBuckets rateLimitBuckets(DataSource dataSource, JdbcTemplate jdbc, Clock clock) {
		return new RateLimitBuckets(dataSource, clock, new ClusterJobs(jdbc));
	}

}
