package org.rustinwindows.portal.content.admin;

import java.security.Principal;

import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SaveOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An entry's revisions: the list, one revision in full, the difference between any two,
 * and restoring one.
 */
@Controller
@RequestMapping("/admin/{section:articles|timeline|faq}/{id}")
class EntryHistoryAdminController {

	private final EditorialDesk desk;

	private final RevisionHistory history;

	EntryHistoryAdminController(EditorialDesk desk, RevisionHistory history) {
		this.desk = desk;
		this.history = history;
	}

	@GetMapping("/history")
	String history(@PathVariable String section, @PathVariable long id, Model model) {
		EntryEditView entry = entry(section, id, model);
		model.addAttribute("revisions", this.history.list(entry.id()));
		return "admin/content/history";
	}

	@GetMapping("/revisions/{number}")
	String revision(@PathVariable String section, @PathVariable long id, @PathVariable int number, Model model) {
		EntryEditView entry = entry(section, id, model);
		model.addAttribute("number", number);
		model.addAttribute("document", this.history.document(entry.id(), number));
		return "admin/content/revision";
	}

	@GetMapping("/diff")
	String diff(@PathVariable String section, @PathVariable long id, @RequestParam int from, @RequestParam int to,
			Model model) {
		EntryEditView entry = entry(section, id, model);
		model.addAttribute("from", Math.min(from, to));
		model.addAttribute("to", Math.max(from, to));
		model.addAttribute("lines", this.history.diff(entry.id(), from, to));
		return "admin/content/diff";
	}

	@PostMapping("/revisions/{number}/restore")
	String restore(@PathVariable String section, @PathVariable long id, @PathVariable int number, Principal principal,
			RedirectAttributes redirect) {
		EntryKind kind = EntryKind.fromPathSegment(section);
		try {
			SaveOutcome outcome = this.history.restore(kind, id, number, principal.getName());
			redirect.addFlashAttribute("message",
					(outcome == SaveOutcome.SAVED) ? "Restored revision " + number + " as a new revision."
							: "Revision " + number + " is what the entry already says; nothing changed.");
			return "redirect:/admin/" + section + "/" + id;
		}
		catch (EntryRuleException ex) {
			redirect.addFlashAttribute("problem", "Revision " + number + " cannot be restored: " + ex.getMessage());
			return "redirect:/admin/" + section + "/" + id + "/history";
		}
	}

	private EntryEditView entry(String section, long id, Model model) {
		EntryKind kind = EntryKind.fromPathSegment(section);
		EntryEditView entry = this.desk.edit(kind, id);
		model.addAttribute("kind", kind);
		model.addAttribute("entry", entry);
		return entry;
	}

}
