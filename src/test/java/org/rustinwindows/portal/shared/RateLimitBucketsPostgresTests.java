package org.rustinwindows.portal.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.MutableClock;
import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits on PostgreSQL: every node's buckets are the database's. Each node here is a
 * {@link RateLimitBuckets} of its own, as each portal has one; outside a test
 * transaction, as requests take from them.
 */
@PostgresDataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RateLimitBucketsPostgresTests {

	private static final Supplier<BucketConfiguration> THREE_A_MINUTE = () -> BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(3).refillGreedy(3, Duration.ofMinutes(1)))
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void forgetTheBuckets() {
		this.jdbc.update("delete from rate_limit_bucket where id like 'test-%'");
	}

	@Test
	void aLimitHoldsAcrossNodes() {
		ProxyManager<String> nodeA = node().of("test-limit", 100);
		ProxyManager<String> nodeB = node().of("test-limit", 100);
		assertThat(nodeA.builder().build("203.0.113.1", THREE_A_MINUTE).tryConsume(2)).isTrue();
		assertThat(nodeB.builder().build("203.0.113.1", THREE_A_MINUTE).tryConsume(1)).isTrue();
		assertThat(nodeA.builder().build("203.0.113.1", THREE_A_MINUTE).tryConsume(1))
			.as("the burst is used up, whichever node it went to")
			.isFalse();
		assertThat(nodeB.builder().build("203.0.113.2", THREE_A_MINUTE).tryConsume(1)).as("another address").isTrue();
		assertThat(node().of("test-other-limit", 100).builder().build("203.0.113.1", THREE_A_MINUTE).tryConsume(3))
			.as("another limit")
			.isTrue();
	}

	/**
	 * Bucket4j dates a stored bucket's end by the system's clock, whatever the client's:
	 * this bucket is full again a second after it is used.
	 */
	@Test
	void aBucketFullAgainIsForgotten() throws InterruptedException {
		RateLimitBuckets node = node();
		assertThat(node.shared()).isTrue();
		Supplier<BucketConfiguration> oneASecond = () -> BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillGreedy(1, Duration.ofSeconds(1)))
			.build();
		node.of("test-forgotten", 100).builder().build("203.0.113.9", oneASecond).tryConsume(1);
		node.of("test-kept", 100).builder().build("203.0.113.9", THREE_A_MINUTE).tryConsume(1);
		node.removeFullBuckets();
		assertThat(rows("test-forgotten:%")).as("not full yet").isEqualTo(1);
		Thread.sleep(1500);
		node.removeFullBuckets();
		assertThat(rows("test-forgotten:%")).isZero();
		assertThat(rows("test-kept:%")).as("still refilling").isEqualTo(1);
	}

	private RateLimitBuckets node() {
		return new RateLimitBuckets(this.dataSource, this.clock, new ClusterJobs(this.jdbc));
	}

	private int rows(String pattern) {
		return this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id like ?", Integer.class,
				pattern);
	}

}
