package org.rustinwindows.portal.content;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FaqController {

	private final ContentCatalog catalog;

	FaqController(ContentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/faq")
	String faq(Model model) {
		model.addAttribute("questions", this.catalog.faq());
		return "content/faq";
	}

	@GetMapping("/faq/{slug}")
	String question(@PathVariable String slug, Model model) {
		model.addAttribute("question", this.catalog.faqItem(slug));
		return "content/faq-item";
	}

}
