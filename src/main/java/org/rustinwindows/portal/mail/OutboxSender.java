package org.rustinwindows.portal.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.rustinwindows.portal.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link Outbox} holds, on one node at a time: a mail the server refuses
 * is tried again later, each time after twice as long (a minute, two, four... at most six
 * hours), and given up after {@code portal.mail.max-attempts}. Nothing here runs when
 * mail is off.
 */
@Component
class OutboxSender implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	/** How many mails one run sends at most; the next run sends the rest. */
	private static final int BATCH = 50;

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	private final JdbcTemplate jdbc;

	private final JavaMailSender sender;

	private final MailProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	OutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, MailProperties properties, Clock clock,
			ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.sender = sender.getIfAvailable();
		this.properties = properties;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.sender == null) {
			return;
		}
		Runnable job = this.jobs.once("send-mail", Duration.ofMinutes(10), this::sendDue);
		registrar.addFixedDelayTask(new FixedDelayTask(job, this.properties.sendInterval(), Duration.ofSeconds(5)));
	}

	/**
	 * @return how many mails went out
	 */
	int sendDue() {
		Instant now = this.clock.instant();
		List<Queued> due = this.jdbc.query(
				"select id, recipient, subject, body, unsubscribe_url, attempts from mail_outbox "
						+ "where sent_at is null and given_up = false and next_attempt_at <= ? order by id limit ?",
				(row, i) -> new Queued(row.getLong(1),
						new OutgoingMail(row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
						row.getInt(6)),
				Timestamp.from(now), BATCH);
		int sent = 0;
		for (Queued mail : due) {
			try {
				this.sender.send(message(mail.mail()));
				this.jdbc.update("update mail_outbox set sent_at = ?, attempts = ?, last_error = null where id = ?",
						Timestamp.from(this.clock.instant()), mail.attempts() + 1, mail.id());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				failed(mail, ex);
			}
		}
		this.jdbc.update("delete from mail_outbox where (sent_at is not null or given_up = true) and queued_at < ?",
				Timestamp.from(now.minus(this.properties.keepSent())));
		return sent;
	}

	private MimeMessage message(OutgoingMail mail) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		if (mail.unsubscribeUrl() != null) {
			// RFC 8058: mail programs offer the reader an unsubscribe button that posts
			// to
			// the address itself.
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

	private void failed(Queued mail, Exception ex) {
		int attempts = mail.attempts() + 1;
		boolean givenUp = attempts >= this.properties.maxAttempts();
		Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 16));
		Instant next = this.clock.instant().plus((wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait);
		String error = String.valueOf(ex.getMessage());
		this.jdbc.update(
				"update mail_outbox set attempts = ?, next_attempt_at = ?, given_up = ?, last_error = ? where id = ?",
				attempts, Timestamp.from(next), givenUp, error.substring(0, Math.min(500, error.length())), mail.id());
		logger.warn("Could not send mail {} (attempt {}{}): {}", mail.id(), attempts, givenUp ? ", given up" : "",
				error);
	}

	private record Queued(long id, OutgoingMail mail, int attempts) {

	}

}
