package org.rustinwindows.portal.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.Latches.await;

/**
 * Periodic jobs on two nodes of one database, against each database the portal supports:
 * each node is a {@link ClusterJobs} of its own, as each portal has one. Outside a test
 * transaction, as the scheduler runs them.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ClusterJobsContract {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void releaseTheLocks() {
		this.jdbc.update("delete from shedlock where name like 'test-%'");
	}

	@Test
	void aRunUnderWayOnOneNodeMakesTheOtherSkipItsOwn() throws Exception {
		ClusterJobs nodeA = new ClusterJobs(this.jdbc);
		ClusterJobs nodeB = new ClusterJobs(this.jdbc);
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		CompletableFuture<Void> onA = CompletableFuture.runAsync(nodeA.once("test-job", Duration.ofMinutes(1), () -> {
			runs.incrementAndGet();
			running.countDown();
			await(finish);
		}));
		await(running);

		nodeB.once("test-job", Duration.ofMinutes(1), runs::incrementAndGet).run();
		assertThat(runs).as("B skipped its run while A's went on").hasValue(1);
		AtomicInteger otherJob = new AtomicInteger();
		nodeB.once("test-other-job", Duration.ofMinutes(1), otherJob::incrementAndGet).run();
		assertThat(otherJob).as("another job is not held up").hasValue(1);

		finish.countDown();
		onA.get(5, TimeUnit.SECONDS);
		nodeB.once("test-job", Duration.ofMinutes(1), runs::incrementAndGet).run();
		assertThat(runs).as("B's next run, once A's ended").hasValue(2);
	}

}
