package org.rustinwindows.portal.content;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ContentCatalog catalog;

	private final PublishedTags tags;

	HomeController(ContentCatalog catalog, PublishedTags tags) {
		this.catalog = catalog;
		this.tags = tags;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("articles", this.catalog.latestArticles(5));
		model.addAttribute("events", this.catalog.recentEvents(6));
		model.addAttribute("questions", this.catalog.firstQuestions(5));
		model.addAttribute("tags", this.tags.mostUsed(24));
		return "content/home";
	}

}
