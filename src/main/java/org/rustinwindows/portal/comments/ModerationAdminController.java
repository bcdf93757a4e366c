package org.rustinwindows.portal.comments;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue at {@code /admin/comments} (admins only, by the security
 * configuration). One form serves both the bulk buttons, which act on the ticked
 * comments, and each comment's own buttons, whose value names the comment.
 */
@Controller
class ModerationAdminController {

	private final CommentModeration moderation;

	ModerationAdminController(CommentModeration moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/admin/comments")
	String queue(@RequestParam(defaultValue = "pending") String status, @RequestParam(defaultValue = "1") int page,
			Model model) {
		CommentStatus shown = parseStatus(status).orElse(CommentStatus.PENDING);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", CommentStatus.values());
		model.addAttribute("page", this.moderation.list(shown, page));
		return "admin/comments/queue";
	}

	@PostMapping("/admin/comments")
	String moderate(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<Long> ids,
			@RequestParam(defaultValue = "pending") String status, Principal principal, RedirectAttributes redirect) {
		// "approve" acts on the ticked comments, "approve:12" on comment 12 alone.
		String[] parts = action.split(":", 2);
		Optional<ModerationAction> chosen = ModerationAction.parse(parts[0]);
		List<Long> targets = (parts.length == 2) ? parseId(parts[1]) : (ids != null) ? ids : List.of();
		if (chosen.isEmpty() || targets.isEmpty()) {
			redirect.addFlashAttribute("problem", "Tick the comments to act on, then choose what to do.");
		}
		else {
			int done = this.moderation.apply(chosen.get(), targets, principal.getName());
			redirect.addFlashAttribute("message",
					((done == 1) ? "1 comment " : done + " comments ") + chosen.get().pastTense() + ".");
		}
		redirect.addAttribute("status",
				parseStatus(status).orElse(CommentStatus.PENDING).name().toLowerCase(Locale.ROOT));
		return "redirect:/admin/comments";
	}

	private static List<Long> parseId(String text) {
		return text.matches("[0-9]{1,18}") ? List.of(Long.parseLong(text)) : List.of();
	}

	private static Optional<CommentStatus> parseStatus(String text) {
		for (CommentStatus candidate : CommentStatus.values()) {
			if (candidate.name().equalsIgnoreCase(text)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
