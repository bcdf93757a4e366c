package org.rustinwindows.portal.admin;

import org.rustinwindows.portal.comments.CommentModeration;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.mail.Outbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in.
 */
@Controller
class AdminDashboardController {

	private static final int LIST_LENGTH = 8;

	private final EditorialDesk desk;

	private final CommentModeration moderation;

	private final Outbox outbox;

	AdminDashboardController(EditorialDesk desk, CommentModeration moderation, Outbox outbox) {
		this.desk = desk;
		this.moderation = moderation;
		this.outbox = outbox;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("counts", this.desk.counts());
		model.addAttribute("drafts", this.desk.drafts(LIST_LENGTH));
		model.addAttribute("scheduled", this.desk.scheduled(LIST_LENGTH));
		model.addAttribute("pendingComments", this.moderation.pendingCount());
		model.addAttribute("recent", this.desk.recentlyChanged(LIST_LENGTH));
		model.addAttribute("mailEnabled", this.outbox.isEnabled());
		if (this.outbox.isEnabled()) {
			model.addAttribute("mailQueued", this.outbox.queued());
			model.addAttribute("mailGivenUp", this.outbox.givenUp());
		}
		return "admin/dashboard";
	}

}
