package org.rustinwindows.portal.content.admin;

import java.security.Principal;

import org.rustinwindows.portal.content.EntryKind;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the editor page (admin.js) keeps what is typed every few seconds and when the tab
 * is left, and where an editor lets a kept text go. The editor page offers a kept text
 * back ({@link EntryEditorPage#offerAutosave}).
 */
@Controller
@RequestMapping("/admin/{section:articles|timeline|faq}")
class EditorAutosaveController {

	private final EditorAutosaves autosaves;

	EditorAutosaveController(EditorAutosaves autosaves) {
		this.autosaves = autosaves;
	}

	@PostMapping({ "/new/autosave", "/{id}/autosave" })
	ResponseEntity<Void> keep(@PathVariable String section, @PathVariable(required = false) Long id,
			@ModelAttribute EntryForm form, Principal principal) {
		this.autosaves.keep(principal.getName(), new EditorKey(EntryKind.fromPathSegment(section), id), form);
		return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
	}

	@PostMapping({ "/new/autosave/discard", "/{id}/autosave/discard" })
	String discard(@PathVariable String section, @PathVariable(required = false) Long id, Principal principal,
			RedirectAttributes redirect) {
		EditorKey key = new EditorKey(EntryKind.fromPathSegment(section), id);
		this.autosaves.forget(principal.getName(), key);
		redirect.addFlashAttribute("message", "The unsaved text was let go.");
		return "redirect:/admin/" + key.key();
	}

}
