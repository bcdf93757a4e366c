package org.rustinwindows.portal.shared;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Token buckets for rate limits (Bucket4j). On PostgreSQL they live in the database
 * (V16), which every node of a cluster shares, so that a limit holds across nodes: a
 * burst spread over them is refused all the same. On the embedded H2, which one node
 * alone can open, they live in a bounded cache in memory. Either way a bucket is
 * forgotten once it is full again, when it is no different from a new one, and times are
 * the portal's clock.
 */
@Component
public class RateLimitBuckets implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitBuckets.class);

	private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);

	private static final int CLEANUP_BATCH = 1000;

	private static final ExpirationAfterWriteStrategy FORGET_WHEN_FULL = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

	private final TimeMeter time;

	/** The database's buckets, or {@code null} on a database no other node can share. */
	private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

	private final ClusterJobs jobs;

	RateLimitBuckets(DataSource dataSource, Clock clock, ClusterJobs jobs) {
		this.time = new ClockTimeMeter(clock);
		this.jobs = jobs;
		this.shared = isPostgreSql(dataSource) ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(this.time)
			.expirationAfterWrite(FORGET_WHEN_FULL)
			.build() : null;
	}

	/**
	 * The buckets of one limit, by key.
	 * @param limit the limit's name, the same on every node
	 * @param maxKeys how many keys a node keeps at most in memory
	 */
	public ProxyManager<String> of(String limit, long maxKeys) {
		if (this.shared != null) {
			return this.shared.withMapper((String key) -> limit + ":" + key);
		}
		return inMemory(this.time, maxKeys);
	}

	/**
	 * Buckets in a bounded cache of this node's memory, timed by the given clock: what
	 * {@link #of} gives on a database no other node can share.
	 */
	public static ProxyManager<String> inMemory(Clock clock, long maxKeys) {
		return inMemory(new ClockTimeMeter(clock), maxKeys);
	}

	private static ProxyManager<String> inMemory(TimeMeter time, long maxKeys) {
		return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(maxKeys))
			.clientClock(time)
			.expirationAfterWrite(FORGET_WHEN_FULL)
			.build();
	}

	/** Whether the buckets are in the database, for every node. */
	public boolean shared() {
		return this.shared != null;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.shared != null) {
			registrar.addFixedDelayTask(new FixedDelayTask(
					this.jobs.once("remove-full-rate-limit-buckets", CLEANUP_INTERVAL, this::removeFullBuckets),
					CLEANUP_INTERVAL, CLEANUP_INTERVAL));
		}
	}

	/** The database's buckets that have been full long enough to be forgotten. */
	int removeFullBuckets() {
		int removed = 0;
		int batch;
		do {
			batch = this.shared.removeExpired(CLEANUP_BATCH);
			removed += batch;
		}
		while (batch == CLEANUP_BATCH);
		if (removed > 0) {
			logger.debug("Removed {} full rate-limit buckets", removed);
		}
		return removed;
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the portal runs on", ex);
		}
	}

}
