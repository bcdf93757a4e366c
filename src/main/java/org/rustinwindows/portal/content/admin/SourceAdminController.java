package org.rustinwindows.portal.content.admin;

import java.security.Principal;
import java.util.Map;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourceView;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lists the sources, and lets editors describe one (publication, author, date, primary or
 * report) or delete one nothing cites. Citing happens in the entry editor.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	private static final String LIST = "admin/content/sources";

	private static final String EDIT = "admin/content/source";

	private final SourceDesk sources;

	SourceAdminController(SourceDesk sources) {
		this.sources = sources;
	}

	@GetMapping
	String list(@RequestParam(required = false) String title, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("title", title);
		model.addAttribute("page", this.sources.page(title, page));
		return LIST;
	}

	@GetMapping("/{id}")
	String source(@PathVariable long id, Model model) {
		SourceView source = this.sources.get(id);
		return show(source, SourceDescriptionForm.of(source), Map.of(), model);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @ModelAttribute SourceDescriptionForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		SourceView source = this.sources.get(id);
		try {
			SourceView saved = this.sources.describe(id, form.version(), form.details(), principal.getName());
			redirect.addFlashAttribute("message", "Saved “" + saved.title() + "”.");
			return "redirect:/admin/sources/" + id;
		}
		catch (EntryRuleException ex) {
			return show(source, form, Map.of(ex.field(), ex.getMessage()), model);
		}
		catch (OptimisticLockingFailureException ex) {
			// The editor's text stays in the form; saving again, knowingly, replaces the
			// other version.
			model.addAttribute("theirs", source);
			SourceDescriptionForm onTheirs = new SourceDescriptionForm(source.version(), form.slug(), form.title(),
					form.url(), form.publication(), form.author(), form.date(), form.kind(), form.note());
			return show(source, onTheirs, Map.of(), model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
		SourceView source = this.sources.get(id);
		try {
			this.sources.delete(id, principal.getName());
			redirect.addFlashAttribute("message", "Deleted “" + source.title() + "”.");
			return "redirect:/admin/sources";
		}
		catch (EntryRuleException ex) {
			model.addAttribute("deleteProblem", ex.getMessage());
			return show(source, SourceDescriptionForm.of(source), Map.of(), model);
		}
	}

	private String show(SourceView source, SourceDescriptionForm form, Map<String, String> problems, Model model) {
		model.addAttribute("source", source);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", SourceKind.values());
		return EDIT;
	}

}
