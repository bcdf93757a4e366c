package org.rustinwindows.portal.tracker.admin;

import java.security.Principal;
import java.util.Map;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.tracker.StatusDesk;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusItemEditView;
import org.rustinwindows.portal.tracker.StatusItemRevisionView;
import org.rustinwindows.portal.tracker.TrackedStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' screens of the status board: the list of items, an item's description, the
 * form that records how it stands, and its revisions.
 */
@Controller
@RequestMapping("/admin/status")
class StatusAdminController {

	/** As many known sources as the record form's list offers. */
	private static final int KNOWN_SOURCES = 1000;

	private static final String EDIT = "admin/tracker/edit";

	private final StatusDesk desk;

	private final SourceDesk sources;

	private final RevisionHistory history;

	StatusAdminController(StatusDesk desk, SourceDesk sources, RevisionHistory history) {
		this.desk = desk;
		this.sources = sources;
		this.history = history;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items", this.desk.list());
		return "admin/tracker/list";
	}

	@GetMapping("/new")
	String newItem(Model model) {
		return show(null, StatusItemForm.empty(), Map.of(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute StatusItemForm form, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			long id = this.desk.create(form.text(), form.relatedRefs(), principal.getName());
			redirect.addFlashAttribute("message",
					"Created “" + form.title().strip() + "”. Record how it stands below.");
			return "redirect:/admin/status/" + id;
		}
		catch (EntryRuleException ex) {
			return show(null, form, Map.of(ex.field(), ex.getMessage()), model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StatusItemEditView item = this.desk.edit(id);
		return show(item, StatusItemForm.of(item), Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute StatusItemForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		StatusItemEditView item = this.desk.edit(id);
		try {
			this.desk.update(id, form.expectedVersion(), form.text(), form.relatedRefs(), principal.getName(),
					form.note());
			redirect.addFlashAttribute("message", "Saved “" + form.title().strip() + "”.");
			return "redirect:/admin/status/" + id;
		}
		catch (EntryRuleException ex) {
			return show(item, form, Map.of(ex.field(), ex.getMessage()), model);
		}
		catch (OptimisticLockingFailureException ex) {
			// The editor's text stays in the form; saving again, knowingly, replaces the
			// other version.
			model.addAttribute("theirs", item);
			return show(item, form.withVersion(item.version()), Map.of(), model);
		}
	}

	@PostMapping("/{id}/records")
	String record(@PathVariable long id, @ModelAttribute("record") StatusRecordForm record, Principal principal,
			Model model, RedirectAttributes redirect) {
		StatusItemEditView item = this.desk.edit(id);
		try {
			this.desk.record(id, record.record(), principal.getName());
			redirect.addFlashAttribute("message", "Recorded the change; it is on the board and in its feed.");
			return "redirect:/admin/status/" + id;
		}
		catch (EntryRuleException ex) {
			model.addAttribute("record", record);
			model.addAttribute("recordProblems", Map.of(ex.field(), ex.getMessage()));
			return show(item, StatusItemForm.of(item), Map.of(), model);
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("item", this.desk.edit(id));
		model.addAttribute("revisions", this.desk.revisions(id));
		return "admin/tracker/history";
	}

	/** A revision, with what it changed from the one before. */
	@GetMapping("/{id}/history/{number}")
	String revision(@PathVariable long id, @PathVariable int number, Model model) {
		StatusItemRevisionView revision = this.desk.revision(id, number);
		String before = (number > 1) ? this.desk.revision(id, number - 1).content() : "";
		model.addAttribute("item", this.desk.edit(id));
		model.addAttribute("revision", revision);
		model.addAttribute("changes", this.history.diff(before, revision.content()));
		return "admin/tracker/revision";
	}

	private String show(StatusItemEditView item, StatusItemForm form, Map<String, String> problems, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("statuses", TrackedStatus.values());
		if (!model.containsAttribute("record")) {
			model.addAttribute("record", StatusRecordForm.empty());
		}
		if (!model.containsAttribute("recordProblems")) {
			model.addAttribute("recordProblems", Map.of());
		}
		model.addAttribute("knownSources", this.sources.citable(KNOWN_SOURCES));
		return EDIT;
	}

}
