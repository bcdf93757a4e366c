package org.rustinwindows.portal.content.admin;

import java.security.Principal;

import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntrySummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash: every editor sees it and restores from it; only admins empty it (the rule
 * for {@code /admin/trash/empty} is in the security configuration).
 */
@Controller
class TrashAdminController {

	private final EditorialDesk desk;

	private final EntryLifecycle lifecycle;

	TrashAdminController(EditorialDesk desk, EntryLifecycle lifecycle) {
		this.desk = desk;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/admin/trash")
	String trash(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.desk.trash(page));
		return "admin/content/trash";
	}

	@PostMapping("/admin/trash/{id}/restore")
	String restore(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		EntrySummary restored = this.lifecycle.restore(id, principal.getName());
		redirect.addFlashAttribute("message", "Restored “" + restored.title() + "” as "
				+ restored.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/trash/empty")
	String empty(Principal principal, RedirectAttributes redirect) {
		int deleted = this.lifecycle.emptyTrash(principal.getName());
		redirect.addFlashAttribute("message",
				"Deleted " + deleted + ((deleted == 1) ? " entry" : " entries") + " for good.");
		return "redirect:/admin/trash";
	}

}
