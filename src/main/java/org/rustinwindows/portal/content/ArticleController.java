package org.rustinwindows.portal.content;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

	private final ContentCatalog catalog;

	ArticleController(ContentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/articles")
	String articles(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.catalog.articles(page));
		return "content/articles";
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		model.addAttribute("view", this.catalog.article(slug));
		return "content/article";
	}

}
