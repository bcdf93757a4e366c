package org.rustinwindows.portal.notifications;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the links in mails lead: confirming a request for replies, and ending it in one
 * click (also as a mail program's own unsubscribe button, RFC 8058, which posts).
 */
@Controller
class NotificationController {

	private final ReplyNotifications replies;

	NotificationController(ReplyNotifications replies) {
		this.replies = replies;
	}

	@GetMapping("/notifications/confirm")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		boolean confirmed = this.replies.confirm(token).isPresent();
		response.setStatus(confirmed ? HttpStatus.OK.value() : HttpStatus.NOT_FOUND.value());
		return confirmed ? OutcomePage.show(model, true, "Replies will be mailed to you",
				"Thank you: when someone replies to your comment and a moderator publishes the reply, we send you a "
						+ "mail with a link to it. Each mail has a link that ends this in one click.")
				: OutcomePage.show(model, false, "This link does not work",
						"The link is incomplete, or what it confirmed was ended since. Copy the whole link from the "
								+ "mail, or ask again when you next comment.");
	}

	@GetMapping("/notifications/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		boolean ended = this.replies.unsubscribe(token);
		response.setStatus(ended ? HttpStatus.OK.value() : HttpStatus.NOT_FOUND.value());
		return ended
				? OutcomePage.show(model, true, "No more mail about replies",
						"Done: we will not mail you about replies to that comment again. Nothing else is needed.")
				: OutcomePage.show(model, false, "This link does not work",
						"The link is incomplete. Copy the whole link from the mail.");
	}

	/** RFC 8058 one-click unsubscribe: the mail program posts, no page needed. */
	@PostMapping("/notifications/unsubscribe")
	ResponseEntity<Void> unsubscribeInOneClick(@RequestParam(required = false) String token) {
		boolean ended = this.replies.unsubscribe(token);
		return ResponseEntity.status(ended ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND)
			.cacheControl(CacheControl.noStore())
			.build();
	}

}
