package org.rustinwindows.portal.accounts;

import java.time.Duration;

import org.rustinwindows.portal.shared.ClusterJobs;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Forgets sign-in attempts that no longer count, every ten minutes, on one node at a
 * time.
 */
@Component
class LoginAttemptsCleanup implements SchedulingConfigurer {

	private static final Duration INTERVAL = Duration.ofMinutes(10);

	private final LoginAttempts attempts;

	private final ClusterJobs jobs;

	LoginAttemptsCleanup(LoginAttempts attempts, ClusterJobs jobs) {
		this.attempts = attempts;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(
				this.jobs.once("remove-old-login-attempts", INTERVAL, this.attempts::removeOld), INTERVAL, INTERVAL));
	}

}
