package org.rustinwindows.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.testsupport.MutableClock;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import org.rustinwindows.portal.testsupport.TestMailServer;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A reader follows new entries by mail: asks on its own page, confirms by the mailed
 * link, gets a digest when their week is over and something was published, and ends it in
 * one click. The page never tells whether an address follows already.
 */
@PortalServerTest
class EmailSubscriptionTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-digest-");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final ContentCatalog catalog;

	private final SignedTokens tokens;

	private final PortalProperties portal;

	private final ClusterJobs jobs;

	EmailSubscriptionTests(MockMvcTester mvc, JdbcTemplate jdbc, Outbox outbox, ContentCatalog catalog,
			SignedTokens tokens, PortalProperties portal, ClusterJobs jobs) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.catalog = catalog;
		this.tokens = tokens;
		this.portal = portal;
		this.jobs = jobs;
	}

	private MvcTestResult ask(String email, String frequency, String from) {
		return this.mvc.post().uri("/subscribe/email").with(csrf()).with((request) -> {
			request.setRemoteAddr(from);
			return request;
		}).param("email", email).param("frequency", frequency).exchange();
	}

	@Test
	void theSubscribePageLeadsToTheFormOnItsOwnPage() {
		assertThat(this.mvc.get().uri("/subscribe")).hasStatusOk()
			.bodyText()
			.contains("Follow the portal by email", "href=\"/subscribe/email\"")
			.doesNotContain("_csrf");
		assertThat(this.mvc.get().uri("/subscribe/email")).hasStatusOk()
			.bodyText()
			.contains("name=\"_csrf\"", "Daily", "Weekly");
		assertThat(this.mvc.post().uri("/subscribe/email").param("email", "a@example.org").param("frequency", "DAILY"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aReaderConfirmsGetsADigestOfWhatIsNewAndEndsItInOneClick() throws Exception {
		String address = "reader-" + UUID.randomUUID() + "@example.org";
		assertThat(ask(address, "WEEKLY", "192.0.2.10")).hasStatusOk().bodyText().contains("Check your mail");
		MimeMessage confirmation = TestMailServer.to(address, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confirm: new entries of Rust in Windows by mail");
		assertThat(this.mvc.get().uri(path(confirmation, "/notifications/subscription/confirm"))).hasStatusOk()
			.bodyText()
			.contains("You follow the portal by mail");

		// Asking again tells nothing new and sends nothing.
		assertThat(ask(address, "DAILY", "192.0.2.10")).hasStatusOk().bodyText().contains("Check your mail");

		entries.article("fresh").title("Fresh news from the kernel").publish();
		MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(8)));
		SubscriberDigest digest = new SubscriberDigest(this.jdbc, this.outbox, this.catalog, this.tokens, this.portal,
				clock, this.jobs);
		assertThat(digest.send()).isGreaterThanOrEqualTo(1);
		List<MimeMessage> mails = TestMailServer.to(address, 2);
		assertThat(mails).hasSize(2);
		String text = ((String) mails.get(1).getContent()).replace("\r\n", "\n");
		assertThat(text).contains("Fresh news from the kernel", "/articles/" + entries.slug("fresh"));
		assertThat(mails.get(1).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

		clock.advance(Duration.ofDays(1));
		digest.send();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				address))
			.as("nothing more within the week")
			.isEqualTo(2);

		assertThat(this.mvc.get().uri(path(mails.get(1), "/notifications/subscription/unsubscribe"))).hasStatusOk()
			.bodyText()
			.contains("No more mail about new entries");
		assertThat(this.jdbc.queryForObject("select count(*) from email_subscriber where email = ?", Integer.class,
				address))
			.isZero();
	}

	@Test
	void anAddressNobodyConfirmedIsForgottenAfterAWeek() {
		String stale = "stale-" + UUID.randomUUID() + "@example.org";
		String confirmed = "kept-" + UUID.randomUUID() + "@example.org";
		Instant longAgo = Instant.now().minus(Duration.ofDays(8));
		this.jdbc.update("insert into email_subscriber (email, frequency, created_at) values (?, 'WEEKLY', ?)", stale,
				Timestamp.from(longAgo));
		this.jdbc.update(
				"insert into email_subscriber (email, frequency, created_at, confirmed_at, last_digest_at) "
						+ "values (?, 'WEEKLY', ?, ?, ?)",
				confirmed, Timestamp.from(longAgo), Timestamp.from(longAgo), Timestamp.from(longAgo));
		assertThat(new UnconfirmedAddresses(this.jdbc, Clock.systemUTC(), this.jobs).forget()).isPositive();
		assertThat(this.jdbc.queryForList("select email from email_subscriber where email in (?, ?)", String.class,
				stale, confirmed))
			.containsExactly(confirmed);
		this.jdbc.update("delete from email_subscriber where email = ?", confirmed);
	}

	@Test
	void aWrongRequestSaysWhatToMendAndTooManySaysToWait() {
		assertThat(ask("not-an-address", "WEEKLY", "192.0.2.20")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Give an email address like name@example.org.");
		assertThat(ask("ada@example.org", "HOURLY", "192.0.2.20")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose daily or weekly.");
		for (int i = 0; i < 5; i++) {
			ask("flood-" + i + "@example.org", "WEEKLY", "192.0.2.20");
		}
		assertThat(ask("flood-last@example.org", "WEEKLY", "192.0.2.20")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("try again later");
	}

	/** The link in the mail, as a path on this portal. */
	private String path(MimeMessage mail, String path) throws Exception {
		String text = ((String) mail.getContent()).replace("\r\n", "\n");
		Matcher link = Pattern.compile(Pattern.quote(this.portal.absolute(path)) + "(\\?token=\\S+)").matcher(text);
		assertThat(link.find()).as("a link to " + path).isTrue();
		return path + link.group(1);
	}

}
