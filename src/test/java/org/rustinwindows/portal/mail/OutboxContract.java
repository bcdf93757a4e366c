package org.rustinwindows.portal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The outbox against each database the portal supports: queued mail goes out once, a
 * refused one is tried again later and given up in the end, and sent mail is let go after
 * a while. Outside a test transaction, as requests and the sender use it.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class OutboxContract {

	@Autowired
	JdbcTemplate jdbc;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));

	private final JavaMailSender server = mock(JavaMailSender.class);

	private final MailProperties properties = new MailProperties("Portal <portal@example.org>", Duration.ofSeconds(30),
			3, Duration.ofDays(30));

	@AfterEach
	void emptyIt() {
		this.jdbc.update("delete from mail_outbox");
	}

	private Outbox outbox() {
		return new Outbox(this.jdbc, this.clock, provider(this.server));
	}

	private OutboxSender sender() {
		given(this.server.createMimeMessage())
			.willAnswer((invocation) -> new MimeMessage(Session.getInstance(new Properties())));
		return new OutboxSender(this.jdbc, provider(this.server), this.properties, this.clock, mock(ClusterJobs.class));
	}

	private static ObjectProvider<JavaMailSender> provider(JavaMailSender server) {
		return new StaticListableBeanFactory(Map.of("mailSender", server)).getBeanProvider(JavaMailSender.class);
	}

	@Test
	void queuedMailGoesOutOnceWithItsUnsubscribeHeaders() throws Exception {
		outbox().queue(new OutgoingMail("ada@example.org", "A reply", "Grace replied.", "https://example.org/u?t=1"));
		assertThat(outbox().queued()).isOne();
		assertThat(sender().sendDue()).isOne();
		assertThat(sender().sendDue()).as("sent already").isZero();
		assertThat(outbox().queued()).isZero();

		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.server).send(sent.capture());
		MimeMessage mail = sent.getValue();
		assertThat(mail.getSubject()).isEqualTo("A reply");
		assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<https://example.org/u?t=1>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("Portal <portal@example.org>");
	}

	@Test
	void aRefusedMailIsTriedAgainLaterAndGivenUpInTheEnd() {
		willThrow(new MailSendException("451 try later")).given(this.server).send(any(MimeMessage.class));
		outbox().queue(new OutgoingMail("ada@example.org", "A reply", "Text", null));
		OutboxSender sender = sender();
		assertThat(sender.sendDue()).isZero();
		assertThat(row("attempts")).isEqualTo(1);
		assertThat(row("last_error")).asString().contains("451 try later");
		assertThat(sender.sendDue()).as("not due again yet").isZero();
		assertThat(row("attempts")).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		sender.sendDue();
		assertThat(row("attempts")).isEqualTo(2);
		this.clock.advance(Duration.ofMinutes(2));
		sender.sendDue();
		assertThat(row("attempts")).isEqualTo(3);
		assertThat(row("given_up")).isEqualTo(true);
		assertThat(outbox().queued()).isZero();
		assertThat(outbox().givenUp()).isOne();
		this.clock.advance(Duration.ofHours(7));
		sender.sendDue();
		assertThat(row("attempts")).as("given up: not tried again").isEqualTo(3);
	}

	@Test
	void sentMailIsLetGoAfterAMonth() {
		outbox().queue(new OutgoingMail("ada@example.org", "Old", "Text", null));
		sender().sendDue();
		this.clock.advance(Duration.ofDays(31));
		outbox().queue(new OutgoingMail("ada@example.org", "New", "Text", null));
		sender().sendDue();
		assertThat(this.jdbc.queryForList("select subject from mail_outbox", String.class)).containsExactly("New");
	}

	@Test
	void withoutAServerNothingIsQueued() {
		Outbox off = new Outbox(this.jdbc, this.clock,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
		assertThat(off.isEnabled()).isFalse();
		off.queue(new OutgoingMail("ada@example.org", "Lost", "Text", null));
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();
		assertThat(List.of(off.queued(), off.givenUp())).containsOnly(0L);
	}

	private Object row(String column) {
		return this.jdbc.queryForObject("select " + column + " from mail_outbox", Object.class);
	}

}
