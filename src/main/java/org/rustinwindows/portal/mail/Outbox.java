package org.rustinwindows.portal.mail;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Where the portal's features leave mail to be sent (V21 {@code mail_outbox}): in the
 * caller's transaction, so that a mail goes if and only if what caused it was saved.
 * {@link OutboxSender} sends it.
 */
@Service
public class Outbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final boolean enabled;

	Outbox(JdbcTemplate jdbc, Clock clock, ObjectProvider<JavaMailSender> sender) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = sender.getIfAvailable() != null;
	}

	/**
	 * Whether an SMTP server is configured: without one the features that send mail are
	 * off, and say so.
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * @param mail what to send; dropped when mail is off
	 */
	public void queue(OutgoingMail mail) {
		if (!this.enabled) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"insert into mail_outbox (recipient, subject, body, unsubscribe_url, queued_at, attempts, "
						+ "next_attempt_at) values (?, ?, ?, ?, ?, 0, ?)",
				mail.to(), mail.subject(), mail.text(), mail.unsubscribeUrl(), now, now);
	}

	/** How many mails wait to be sent, retries included. */
	public long queued() {
		Long count = this.jdbc
			.queryForObject("select count(*) from mail_outbox where sent_at is null and given_up = false", Long.class);
		return (count != null) ? count : 0;
	}

	/** How many mails were given up after every attempt failed, still on record. */
	public long givenUp() {
		Long count = this.jdbc.queryForObject("select count(*) from mail_outbox where given_up = true", Long.class);
		return (count != null) ? count : 0;
	}

}
