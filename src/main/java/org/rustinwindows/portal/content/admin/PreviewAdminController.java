package org.rustinwindows.portal.content.admin;

import org.rustinwindows.portal.content.Limits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview beside the editor: the body rendered by the renderer the public pages
 * use, returned as a fragment for htmx to swap in.
 */
@Controller
class PreviewAdminController {

	private final EntryEditorPage editorPage;

	PreviewAdminController(EntryEditorPage editorPage) {
		this.editorPage = editorPage;
	}

	@PostMapping("/admin/preview")
	String preview(@RequestParam(defaultValue = "") String body, Model model) {
		model.addAttribute("preview", (body.length() <= Limits.BODY) ? this.editorPage.render(body) : null);
		return "admin/content/edit :: preview";
	}

}
