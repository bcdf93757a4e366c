package org.rustinwindows.portal.notifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following new entries by mail: the form (on a page of its own, as it carries a token,
 * so that {@code /subscribe} stays the same for every reader), and where the mailed links
 * lead.
 */
@Controller
class EmailSubscriptionController {

	private final EmailSubscriptions subscriptions;

	EmailSubscriptionController(EmailSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * @throws NotFoundException when the portal sends no mail
	 */
	@GetMapping("/subscribe/email")
	String form(Model model) {
		offered();
		model.addAttribute("email", "");
		model.addAttribute("frequency", "WEEKLY");
		return "notifications/subscribe-email";
	}

	@PostMapping("/subscribe/email")
	String request(@RequestParam(required = false) String email, @RequestParam(required = false) String frequency,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		offered();
		EmailSubscriptions.Request outcome = this.subscriptions.request(email, frequency, request.getRemoteAddr());
		if (outcome == EmailSubscriptions.Request.SENT) {
			return OutcomePage.show(model, true, "Check your mail",
					"If this address does not follow the portal yet, a mail with a link to confirm is on its way. "
							+ "Nothing is sent until you open it.");
		}
		model.addAttribute("email", email);
		model.addAttribute("frequency", frequency);
		switch (outcome) {
			case INVALID_EMAIL -> model.addAttribute("emailError", "Give an email address like name@example.org.");
			case INVALID_FREQUENCY -> model.addAttribute("frequencyError", "Choose daily or weekly.");
			default -> model.addAttribute("problem",
					"Several requests came from your address in the last hour. Please try again later.");
		}
		response.setStatus((outcome == EmailSubscriptions.Request.TOO_MANY) ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.BAD_REQUEST.value());
		return "notifications/subscribe-email";
	}

	@GetMapping("/notifications/subscription/confirm")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		boolean confirmed = this.subscriptions.confirm(token);
		response.setStatus(confirmed ? HttpStatus.OK.value() : HttpStatus.NOT_FOUND.value());
		return confirmed
				? OutcomePage.show(model, true, "You follow the portal by mail",
						"Thank you: new articles, timeline events and FAQ answers will reach you as you chose. "
								+ "Each mail has a link that ends this in one click.")
				: OutcomePage.show(model, false, "This link does not work",
						"The link is incomplete, or what it confirmed was ended since. Copy the whole link from "
								+ "the mail, or ask again.");
	}

	@GetMapping("/notifications/subscription/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		boolean ended = this.subscriptions.unsubscribe(token);
		response.setStatus(ended ? HttpStatus.OK.value() : HttpStatus.NOT_FOUND.value());
		return ended ? OutcomePage.show(model, true, "No more mail about new entries", "Done: nothing else is needed.")
				: OutcomePage.show(model, false, "This link does not work",
						"The link is incomplete. Copy the whole link from the mail.");
	}

	/** RFC 8058 one-click unsubscribe: the mail program posts, no page needed. */
	@PostMapping("/notifications/subscription/unsubscribe")
	ResponseEntity<Void> unsubscribeInOneClick(@RequestParam(required = false) String token) {
		return ResponseEntity
			.status(this.subscriptions.unsubscribe(token) ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND)
			.cacheControl(CacheControl.noStore())
			.build();
	}

	private void offered() {
		if (!this.subscriptions.isOffered()) {
			throw new NotFoundException("This portal sends no mail");
		}
	}

}
