package org.rustinwindows.portal.content.web;

import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.ArticleView;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

	private final ReaderPages pages;

	private final EntryDiscussion discussion;

	private final EntryStructuredData structuredData;

	ArticleController(ReaderPages pages, EntryDiscussion discussion, EntryStructuredData structuredData) {
		this.pages = pages;
		this.discussion = discussion;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles")
	String articles(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.pages.articles(page));
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/articles", "articles"));
		return "content/articles";
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, @RequestParam(required = false) String receipt, Model model,
			HttpServletResponse response) {
		ArticleView view = this.pages.article(slug);
		model.addAttribute("view", view);
		CodeHighlighting.addTo(model, Stream.of(view.article().bodyHtml()));
		this.structuredData.addArticle(model, view.article());
		this.discussion.addTo(model, view.article().id(), receipt, response);
		return "content/article";
	}

}
