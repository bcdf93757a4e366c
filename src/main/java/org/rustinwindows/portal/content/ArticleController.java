package org.rustinwindows.portal.content;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

	private final ContentCatalog catalog;

	private final EntryDiscussion discussion;

	private final PublishedCounts counts;

	ArticleController(ContentCatalog catalog, EntryDiscussion discussion, PublishedCounts counts) {
		this.catalog = catalog;
		this.discussion = discussion;
		this.counts = counts;
	}

	@GetMapping("/articles")
	String articles(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.catalog.articles(page, this.counts.of(EntryKind.ARTICLE)));
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/articles", "articles"));
		return "content/articles";
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, @RequestParam(required = false) String receipt, Model model,
			HttpServletResponse response) {
		ArticleView view = this.catalog.article(slug);
		model.addAttribute("view", view);
		this.discussion.addTo(model, view.article().id(), receipt, response);
		return "content/article";
	}

}
