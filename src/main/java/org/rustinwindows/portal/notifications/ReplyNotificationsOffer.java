package org.rustinwindows.portal.notifications;

import org.rustinwindows.portal.comments.CommentTargets;
import org.rustinwindows.portal.mail.Outbox;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The comment form offers mail about replies only when the portal can send mail.
 */
@ControllerAdvice(basePackageClasses = CommentTargets.class)
class ReplyNotificationsOffer {

	private final Outbox outbox;

	ReplyNotificationsOffer(Outbox outbox) {
		this.outbox = outbox;
	}

	@ModelAttribute("replyNotifications")
	boolean replyNotifications() {
		return this.outbox.isEnabled();
	}

}
