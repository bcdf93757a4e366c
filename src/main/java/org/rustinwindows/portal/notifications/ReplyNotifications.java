package org.rustinwindows.portal.notifications;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.rustinwindows.portal.comments.ApprovedReplies;
import org.rustinwindows.portal.comments.CommentModerated;
import org.rustinwindows.portal.comments.CommentPosted;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.mail.OutgoingMail;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to commenters about replies to their comment: asked for on the comment form,
 * confirmed by a link mailed to the address given (so that nobody signs up someone else),
 * sent when a reply is published, ended by one click in any of the mails. The address is
 * never shown anywhere.
 */
@Service
class ReplyNotifications {

	static final String CONFIRM = "confirm-replies";

	static final String UNSUBSCRIBE = "unsubscribe-replies";

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final ApprovedReplies replies;

	private final SignedTokens tokens;

	private final PortalProperties portal;

	private final Clock clock;

	ReplyNotifications(JdbcTemplate jdbc, Outbox outbox, ApprovedReplies replies, SignedTokens tokens,
			PortalProperties portal, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.replies = replies;
		this.tokens = tokens;
		this.portal = portal;
		this.clock = clock;
	}

	/**
	 * In the posting's transaction: the request and the confirmation mail, or neither.
	 */
	@EventListener
	void on(CommentPosted posted) {
		if (posted.notifyEmail() != null && this.outbox.isEnabled()) {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update((connection) -> {
				PreparedStatement insert = connection.prepareStatement(
						"insert into reply_subscription (comment_id, email, created_at) values (?, ?, ?)",
						new String[] { "id" });
				insert.setLong(1, posted.commentId());
				insert.setString(2, posted.notifyEmail());
				insert.setTimestamp(3, Timestamp.from(this.clock.instant()));
				return insert;
			}, key);
			long id = key.getKeyAs(Number.class).longValue();
			String confirm = this.portal.absolute("/notifications/confirm?token=" + this.tokens.sign(CONFIRM, id));
			this.outbox.queue(new OutgoingMail(posted.notifyEmail(),
					"Confirm: mail me replies to my comment on “" + posted.targetTitle() + "”", """
							You asked to hear by mail when someone replies to your comment on
							“%s” at Rust in Windows.

							To confirm, open this link:
							%s

							If you did not ask for this, do nothing: without confirmation you will
							get no further mail from us.
							""".formatted(posted.targetTitle(), confirm), null));
		}
		if (posted.approved() && posted.parentId() != null) {
			tellAbout(List.of(posted.commentId()));
		}
	}

	@EventListener
	void on(CommentModerated moderated) {
		if ("approved".equals(moderated.action())) {
			tellAbout(moderated.commentIds());
		}
	}

	private void tellAbout(List<Long> commentIds) {
		if (!this.outbox.isEnabled()) {
			return;
		}
		for (ApprovedReplies.Reply reply : this.replies.of(commentIds)) {
			List<Subscriber> subscribers = this.jdbc.query(
					"select id, email from reply_subscription where comment_id = ? and confirmed_at is not null",
					(row, i) -> new Subscriber(row.getLong(1), row.getString(2)), reply.parentId());
			for (Subscriber subscriber : subscribers) {
				String unsubscribe = this.portal
					.absolute("/notifications/unsubscribe?token=" + this.tokens.sign(UNSUBSCRIBE, subscriber.id()));
				this.outbox.queue(new OutgoingMail(subscriber.email(),
						"A reply to your comment on “" + reply.targetTitle() + "”", """
								%s replied to your comment on “%s”:
								%s

								You get this mail because you asked for replies to that comment.
								To get no more, open this link (one click, nothing to fill in):
								%s
								""".formatted(reply.authorName(), reply.targetTitle(),
								this.portal.absolute(reply.url()), unsubscribe),
						unsubscribe));
			}
		}
	}

	/**
	 * @return the confirmed subscription's id, or empty for a token that is not genuine
	 * or whose subscription is gone
	 */
	@Transactional
	Optional<Long> confirm(String token) {
		OptionalLong id = this.tokens.verify(CONFIRM, token);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		int found = this.jdbc.update(
				"update reply_subscription set confirmed_at = coalesce(confirmed_at, ?) where id = ?",
				Timestamp.from(this.clock.instant()), id.getAsLong());
		return (found == 1) ? Optional.of(id.getAsLong()) : Optional.empty();
	}

	/**
	 * @return whether the token was genuine (a subscription already ended counts as
	 * ended)
	 */
	@Transactional
	boolean unsubscribe(String token) {
		OptionalLong id = this.tokens.verify(UNSUBSCRIBE, token);
		id.ifPresent((subscription) -> this.jdbc.update("delete from reply_subscription where id = ?", subscription));
		return id.isPresent();
	}

	private record Subscriber(long id, String email) {

	}

}
