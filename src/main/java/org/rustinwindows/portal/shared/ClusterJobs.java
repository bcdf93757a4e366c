package org.rustinwindows.portal.shared;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs periodic jobs once per cluster however many nodes schedule them: each run takes
 * its job's lock in the database (ShedLock, V15), and a node that finds it taken skips
 * that run. Times are the database's, so that nodes whose clocks differ still agree.
 */
@Component
public class ClusterJobs {

	private final LockingTaskExecutor locks;

	ClusterJobs(JdbcTemplate jdbc) {
		this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build()));
	}

	/**
	 * The job, run only by the node that takes its lock.
	 * @param name the job's name, the same on every node
	 * @param atMostFor how long the lock holds if its node dies in the run: longer than
	 * any run takes
	 */
	public Runnable once(String name, Duration atMostFor, Runnable job) {
		return () -> this.locks.executeWithLock(job,
				new LockConfiguration(Instant.now(), name, atMostFor, Duration.ZERO));
	}

}
