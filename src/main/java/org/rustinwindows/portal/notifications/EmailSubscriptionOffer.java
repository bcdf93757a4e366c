package org.rustinwindows.portal.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The subscribe page offers new entries by mail only when the portal can send mail.
 */
@ControllerAdvice(basePackages = "org.rustinwindows.portal.feeds")
class EmailSubscriptionOffer {

	private final EmailSubscriptions subscriptions;

	EmailSubscriptionOffer(EmailSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@ModelAttribute("emailSubscriptions")
	boolean emailSubscriptions() {
		return this.subscriptions.isOffered();
	}

}
