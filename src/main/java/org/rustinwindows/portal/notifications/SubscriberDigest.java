package org.rustinwindows.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.mail.OutgoingMail;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The digests of new entries for readers who follow them by mail: looked at every hour,
 * on one node; a subscriber whose day or week is over gets the entries published since
 * their last digest, or nothing if none was. Each run handles a bounded number of
 * subscribers, so that its cost does not grow with their number; the rest wait for the
 * next run.
 */
@Component
class SubscriberDigest implements SchedulingConfigurer {

	private static final int SUBSCRIBERS_PER_RUN = 500;

	private static final int MOST_ENTRIES = 30;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final ContentCatalog catalog;

	private final SignedTokens tokens;

	private final PortalProperties portal;

	private final Clock clock;

	private final ClusterJobs jobs;

	SubscriberDigest(JdbcTemplate jdbc, Outbox outbox, ContentCatalog catalog, SignedTokens tokens,
			PortalProperties portal, Clock clock, ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.catalog = catalog;
		this.tokens = tokens;
		this.portal = portal;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.outbox.isEnabled()) {
			return;
		}
		Runnable job = this.jobs.once("subscriber-digest", Duration.ofMinutes(30), this::send);
		registrar.addFixedDelayTask(new FixedDelayTask(job, Duration.ofHours(1), Duration.ofMinutes(5)));
	}

	/**
	 * @return how many digests were queued
	 */
	int send() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (EmailSubscriptions.Frequency frequency : EmailSubscriptions.Frequency.values()) {
			List<Due> due = this.jdbc.query(
					"select id, email, last_digest_at from email_subscriber where confirmed_at is not null "
							+ "and frequency = ? and last_digest_at <= ? order by last_digest_at, id limit ?",
					(row, i) -> new Due(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant()),
					frequency.name(), Timestamp.from(now.minus(frequency.period())), SUBSCRIBERS_PER_RUN);
			for (Due subscriber : due) {
				List<EntryCard> fresh = this.catalog.publishedSince(subscriber.since(), MOST_ENTRIES);
				if (!fresh.isEmpty()) {
					this.outbox.queue(digest(subscriber, frequency, fresh));
					sent++;
				}
				this.jdbc.update("update email_subscriber set last_digest_at = ? where id = ?", Timestamp.from(now),
						subscriber.id());
			}
		}
		return sent;
	}

	private OutgoingMail digest(Due subscriber, EmailSubscriptions.Frequency frequency, List<EntryCard> fresh) {
		String unsubscribe = this.portal.absolute("/notifications/subscription/unsubscribe?token="
				+ this.tokens.sign(EmailSubscriptions.UNSUBSCRIBE, subscriber.id()));
		StringBuilder text = new StringBuilder("New at Rust in Windows:\n\n");
		for (EntryCard entry : fresh) {
			text.append("- ")
				.append(entry.title())
				.append(" (")
				.append(entry.kind().label().toLowerCase(Locale.ROOT))
				.append(")\n  ")
				.append(this.portal.absolute(entry.url()))
				.append('\n');
		}
		text.append("\nYou get this ")
			.append(frequency.adjective())
			.append(" mail because you asked for it. To get no more, open this link (one click):\n")
			.append(unsubscribe)
			.append('\n');
		String subject = (fresh.size() == 1) ? "New at Rust in Windows: " + fresh.get(0).title()
				: fresh.size() + " new entries at Rust in Windows";
		return new OutgoingMail(subscriber.email(), subject, text.toString(), unsubscribe);
	}

	private record Due(long id, String email, Instant since) {

	}

}
