package org.rustinwindows.portal.content.admin;

import java.security.Principal;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.content.TagRef;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lists tags with their use, and renames or merges one.
 */
@Controller
@RequestMapping("/admin/tags")
class TagAdminController {

	private final TagEditor tags;

	TagAdminController(TagEditor tags) {
		this.tags = tags;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tags", this.tags.usage());
		return "admin/content/tags";
	}

	@GetMapping("/{slug}")
	String tag(@PathVariable String slug, Model model) {
		TagRef tag = this.tags.get(slug);
		return show(tag, tag.name(), null, model);
	}

	@PostMapping("/{slug}/rename")
	String rename(@PathVariable String slug, @RequestParam(defaultValue = "") String name, Principal principal,
			Model model, RedirectAttributes redirect) {
		TagRef tag = this.tags.get(slug);
		try {
			TagRef renamed = this.tags.rename(slug, name, principal.getName());
			redirect.addFlashAttribute("message", "Renamed “" + tag.name() + "” to “" + renamed.name() + "”.");
			return "redirect:/admin/tags";
		}
		catch (EntryRuleException ex) {
			return show(tag, name, ex.getMessage(), model);
		}
	}

	@PostMapping("/{slug}/merge")
	String merge(@PathVariable String slug, @RequestParam(defaultValue = "") String into, Principal principal,
			Model model, RedirectAttributes redirect) {
		TagRef tag = this.tags.get(slug);
		try {
			TagRef target = this.tags.merge(slug, into, principal.getName());
			redirect.addFlashAttribute("message", "Merged “" + tag.name() + "” into “" + target.name() + "”.");
			return "redirect:/admin/tags";
		}
		catch (EntryRuleException ex) {
			model.addAttribute("mergeProblem", ex.getMessage());
			return show(tag, tag.name(), null, model);
		}
	}

	private String show(TagRef tag, String name, String nameProblem, Model model) {
		model.addAttribute("tag", tag);
		model.addAttribute("name", name);
		model.addAttribute("nameProblem", nameProblem);
		model.addAttribute("others",
				this.tags.usage().stream().filter((other) -> !other.slug().equals(tag.slug())).toList());
		return "admin/content/tag";
	}

}
