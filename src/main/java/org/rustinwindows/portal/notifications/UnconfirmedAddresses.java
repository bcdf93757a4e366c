package org.rustinwindows.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.rustinwindows.portal.shared.ClusterJobs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Forgets the addresses of requests nobody confirmed within a week, for replies and for
 * new entries alike: an address typed in by someone else is not kept for ever. Once a
 * day, on one node.
 */
@Component
class UnconfirmedAddresses implements SchedulingConfigurer {

	static final Duration KEPT_FOR = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ClusterJobs jobs;

	UnconfirmedAddresses(JdbcTemplate jdbc, Clock clock, ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Runnable job = this.jobs.once("forget-unconfirmed-addresses", Duration.ofMinutes(10), this::forget);
		registrar.addFixedDelayTask(new FixedDelayTask(job, Duration.ofDays(1), Duration.ofMinutes(20)));
	}

	/**
	 * @return how many requests were forgotten
	 */
	int forget() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(KEPT_FOR));
		return this.jdbc.update("delete from reply_subscription where confirmed_at is null and created_at < ?", before)
				+ this.jdbc.update("delete from email_subscriber where confirmed_at is null and created_at < ?",
						before);
	}

}
