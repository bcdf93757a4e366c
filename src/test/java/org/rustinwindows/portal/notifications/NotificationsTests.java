package org.rustinwindows.portal.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.comments.PendingComments;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.testsupport.MutableClock;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import org.rustinwindows.portal.testsupport.TestMailServer;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The links mailed to readers work only as signed, for what they were signed for; and
 * moderators get one digest per interval that saw new comments.
 */
@PortalServerTest
class NotificationsTests {

	private final MockMvcTester mvc;

	private final SignedTokens tokens;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Outbox outbox;

	private final PortalProperties portal;

	private final ClusterJobs jobs;

	NotificationsTests(MockMvcTester mvc, SignedTokens tokens, JdbcTemplate jdbc, TransactionTemplate transaction,
			Outbox outbox, PortalProperties portal, ClusterJobs jobs) {
		this.mvc = mvc;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.outbox = outbox;
		this.portal = portal;
		this.jobs = jobs;
	}

	@Test
	void aLinkWorksOnlyAsSignedAndOnlyForWhatItWasSignedFor() {
		String confirm = this.tokens.sign(ReplyNotifications.CONFIRM, 42);
		assertThat(this.tokens.verify(ReplyNotifications.CONFIRM, confirm)).hasValue(42);
		assertThat(this.tokens.verify(ReplyNotifications.UNSUBSCRIBE, confirm)).isEmpty();
		assertThat(this.tokens.verify(ReplyNotifications.CONFIRM, "43" + confirm.substring(2))).isEmpty();
		for (String broken : new String[] { "", ".", "42", "42.", "x.y", "99999999999999999999.abc", null }) {
			assertThat(this.tokens.verify(ReplyNotifications.CONFIRM, broken)).as(String.valueOf(broken)).isEmpty();
		}
	}

	@Test
	void aBrokenLinkSaysSoAndChangesNothing() {
		assertThat(this.mvc.get().uri("/notifications/confirm?token=7.forged")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("This link does not work")
			.contains("noindex");
		assertThat(this.mvc.get().uri("/notifications/unsubscribe")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/notifications/unsubscribe?token=7.forged")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMailProgramUnsubscribesInOneClickWithoutAForm() {
		String token = this.tokens.sign(ReplyNotifications.UNSUBSCRIBE, 123456);
		assertThat(this.mvc.post().uri("/notifications/unsubscribe").param("token", token))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/notifications/unsubscribe").param("token", token)).hasStatusOk()
			.bodyText()
			.contains("No more mail about replies");
	}

	@Test
	void moderatorsGetOneDigestForEachIntervalThatSawNewComments() throws Exception {
		String moderator = "moderator-" + UUID.randomUUID() + "@example.org";
		MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		PendingComments pending = mock(PendingComments.class);
		List<PendingComments.Pending> one = List
			.of(new PendingComments.Pending("Ada", "The memory-safety case", clock.instant()));
		given(pending.since(any(Instant.class), anyInt())).willReturn(one).willReturn(List.of());
		given(pending.count()).willReturn(3L);
		this.jdbc.update("delete from mail_digest");
		ModeratorDigest digest = new ModeratorDigest(this.jdbc, this.transaction, this.outbox, pending,
				new NotificationProperties(List.of(moderator), Duration.ofHours(1)), this.portal, clock, this.jobs);

		assertThat(digest.send()).isOne();
		clock.advance(Duration.ofHours(1));
		assertThat(digest.send()).as("nothing new since").isZero();

		List<MimeMessage> mails = TestMailServer.to(moderator, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("1 comment waits for moderation");
		assertThat((String) mails.get(0).getContent()).contains("Ada on “The memory-safety case”", "In all, 3 wait",
				"/admin/comments");
		assertThat(this.jdbc
			.queryForObject("select covered_until from mail_digest where name = 'moderators'", Timestamp.class)
			.toInstant()).isEqualTo(clock.instant());
	}

}
