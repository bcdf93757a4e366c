package org.rustinwindows.portal.notifications;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.mail.OutgoingMail;
import org.rustinwindows.portal.shared.EmailAddresses;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.shared.RateLimitBuckets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers who follow new entries by mail, daily or weekly ({@link SubscriberDigest} sends
 * the digests): asked for on {@code /subscribe/email}, confirmed by a mailed link, ended
 * by one click in any digest. Whether an address is subscribed is never told to whoever
 * types it in: the answer is the same either way.
 */
@Service
class EmailSubscriptions {

	static final String CONFIRM = "confirm-subscription";

	static final String UNSUBSCRIBE = "unsubscribe-digest";

	/** Another request for the same address within this time sends no second mail. */
	private static final Duration QUIET = Duration.ofDays(1);

	private static final int REQUESTS_PER_HOUR = 5;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final SignedTokens tokens;

	private final PortalProperties portal;

	private final Clock clock;

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limit;

	EmailSubscriptions(JdbcTemplate jdbc, Outbox outbox, SignedTokens tokens, PortalProperties portal, Clock clock,
			RateLimitBuckets buckets) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.tokens = tokens;
		this.portal = portal;
		this.clock = clock;
		this.buckets = buckets.of("email-subscriptions", 100_000);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(REQUESTS_PER_HOUR)
				.refillGreedy(REQUESTS_PER_HOUR, Duration.ofHours(1)))
			.build();
		this.limit = () -> configuration;
	}

	boolean isOffered() {
		return this.outbox.isEnabled();
	}

	/**
	 * @param clientKey who asks, as the rate limit knows them
	 * @return what to tell the reader
	 */
	@Transactional
	Request request(String email, String frequency, String clientKey) {
		String address = (email != null) ? email.strip() : "";
		if (!EmailAddresses.isPlausible(address)) {
			return Request.INVALID_EMAIL;
		}
		Frequency often = Frequency.parse(frequency);
		if (often == null) {
			return Request.INVALID_FREQUENCY;
		}
		if (!this.buckets.builder().build(clientKey, this.limit).tryConsume(1)) {
			return Request.TOO_MANY;
		}
		Instant now = this.clock.instant();
		Integer recent = this.jdbc.queryForObject(
				"select count(*) from email_subscriber where lower(email) = ? and (confirmed_at is not null "
						+ "or created_at > ?)",
				Integer.class, address.toLowerCase(Locale.ROOT), Timestamp.from(now.minus(QUIET)));
		if (recent != null && recent > 0) {
			return Request.SENT;
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into email_subscriber (email, frequency, created_at) values (?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, address);
			insert.setString(2, often.name());
			insert.setTimestamp(3, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKeyAs(Number.class).longValue();
		String confirm = this.portal
			.absolute("/notifications/subscription/confirm?token=" + this.tokens.sign(CONFIRM, id));
		this.outbox.queue(new OutgoingMail(address, "Confirm: new entries of Rust in Windows by mail", """
				You asked for a %s mail listing the new articles, timeline events and FAQ answers
				at Rust in Windows.

				To confirm, open this link:
				%s

				If you did not ask for this, do nothing: without confirmation you will get no
				further mail from us.
				""".formatted(often.adjective(), confirm), null));
		return Request.SENT;
	}

	/**
	 * @return whether the token was genuine and its request still there
	 */
	@Transactional
	boolean confirm(String token) {
		OptionalLong id = this.tokens.verify(CONFIRM, token);
		if (id.isEmpty()) {
			return false;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.update("update email_subscriber set confirmed_at = coalesce(confirmed_at, ?), "
				+ "last_digest_at = coalesce(last_digest_at, ?) where id = ?", now, now, id.getAsLong()) == 1;
	}

	/**
	 * @return whether the token was genuine (a subscription already ended counts as
	 * ended)
	 */
	@Transactional
	boolean unsubscribe(String token) {
		OptionalLong id = this.tokens.verify(UNSUBSCRIBE, token);
		id.ifPresent((subscriber) -> this.jdbc.update("delete from email_subscriber where id = ?", subscriber));
		return id.isPresent();
	}

	/** What became of a request. */
	enum Request {

		SENT, INVALID_EMAIL, INVALID_FREQUENCY, TOO_MANY

	}

	/** How often a subscriber hears of new entries. */
	enum Frequency {

		DAILY(Duration.ofDays(1), "daily"), WEEKLY(Duration.ofDays(7), "weekly");

		private final Duration period;

		private final String adjective;

		Frequency(Duration period, String adjective) {
			this.period = period;
			this.adjective = adjective;
		}

		Duration period() {
			return this.period;
		}

		String adjective() {
			return this.adjective;
		}

		static Frequency parse(String text) {
			for (Frequency frequency : values()) {
				if (frequency.name().equalsIgnoreCase((text != null) ? text.strip() : "")) {
					return frequency;
				}
			}
			return null;
		}

	}

}
