package org.rustinwindows.portal.content;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TagController {

	private final ContentCatalog catalog;

	TagController(ContentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("tags", this.catalog.tags());
		return "content/tags";
	}

	@GetMapping("/tags/{slug}")
	String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("view", this.catalog.tag(slug, page));
		return "content/tag";
	}

}
