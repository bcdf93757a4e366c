package org.rustinwindows.portal.content.web;

import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.TagPage;
import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TagController {

	private final ReaderPages pages;

	TagController(ReaderPages pages) {
		this.pages = pages;
	}

	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("tags", this.pages.tags());
		return "content/tags";
	}

	@GetMapping("/tags/{slug}")
	String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		TagPage view = this.pages.tag(slug, page);
		model.addAttribute("view", view);
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed(view.tag().url(), "tagged “" + view.tag().name() + "”"));
		return "content/tag";
	}

}
