package org.rustinwindows.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.comments.PendingComments;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.mail.OutgoingMail;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells moderators of comments waiting for them: one mail per interval that saw new ones,
 * never one per comment, listing who wrote about what. How far it has reported is kept in
 * the database (V21 {@code mail_digest}), so that a restart or another node goes on from
 * there.
 */
@Component
class ModeratorDigest implements SchedulingConfigurer {

	private static final String NAME = "moderators";

	/** The digest names this many of the new comments, and counts the rest. */
	private static final int LISTED = 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Outbox outbox;

	private final PendingComments pending;

	private final NotificationProperties properties;

	private final PortalProperties portal;

	private final Clock clock;

	private final ClusterJobs jobs;

	ModeratorDigest(JdbcTemplate jdbc, TransactionTemplate transaction, Outbox outbox, PendingComments pending,
			NotificationProperties properties, PortalProperties portal, Clock clock, ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.outbox = outbox;
		this.pending = pending;
		this.properties = properties;
		this.portal = portal;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.outbox.isEnabled() || this.properties.moderators().isEmpty()) {
			return;
		}
		Runnable job = this.jobs.once("moderator-digest", Duration.ofMinutes(10), this::send);
		registrar.addFixedDelayTask(new FixedDelayTask(job, this.properties.moderatorDigestInterval(),
				this.properties.moderatorDigestInterval()));
	}

	/**
	 * Queues the digest of the comments that arrived since the last one, if any did.
	 * @return how many new comments it told of
	 */
	int send() {
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			Instant from = this.jdbc
				.query("select covered_until from mail_digest where name = ?",
						(row, i) -> row.getTimestamp(1).toInstant(), NAME)
				.stream()
				.findFirst()
				.orElse(Instant.EPOCH);
			List<PendingComments.Pending> fresh = this.pending.since(from, LISTED + 1);
			if (!fresh.isEmpty()) {
				String text = digest(fresh);
				int count = fresh.size();
				for (String moderator : this.properties.moderators()) {
					this.outbox.queue(new OutgoingMail(moderator,
							(count > LISTED) ? "More than " + LISTED + " comments wait for moderation"
									: count + ((count == 1) ? " comment waits" : " comments wait") + " for moderation",
							text, null));
				}
			}
			if (this.jdbc.update("update mail_digest set covered_until = ? where name = ?", Timestamp.from(now),
					NAME) == 0) {
				this.jdbc.update("insert into mail_digest (name, covered_until) values (?, ?)", NAME,
						Timestamp.from(now));
			}
			return fresh.size();
		});
	}

	private String digest(List<PendingComments.Pending> fresh) {
		StringBuilder text = new StringBuilder("New comments wait for moderation at Rust in Windows:\n\n");
		fresh.stream()
			.limit(LISTED)
			.forEach((comment) -> text.append("- ")
				.append(comment.authorName())
				.append(" on “")
				.append(comment.targetTitle())
				.append("”, ")
				.append(TIME.format(comment.postedAt()))
				.append('\n'));
		if (fresh.size() > LISTED) {
			text.append("- and more\n");
		}
		text.append("\nIn all, ")
			.append(this.pending.count())
			.append(" wait. Moderate them at ")
			.append(this.portal.absolute("/admin/comments"))
			.append("\n\nYou get this mail because your address is in portal.notifications.moderators.\n");
		return text.toString();
	}

}
