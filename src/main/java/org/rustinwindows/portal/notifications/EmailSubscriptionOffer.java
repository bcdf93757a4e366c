package org.rustinwindows.portal.notifications;

import org.rustinwindows.portal.mail.Outbox;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The subscribe page offers new entries by mail only when the portal can send mail.
 */
@ControllerAdvice(basePackages = "org.rustinwindows.portal.feeds")
class EmailSubscriptionOffer {

	private final Outbox outbox;

	EmailSubscriptionOffer(Outbox outbox) {
		this.outbox = outbox;
	}

	@ModelAttribute("emailSubscriptions")
	boolean emailSubscriptions() {
		return this.outbox.isEnabled();
	}

}
