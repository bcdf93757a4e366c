package org.rustinwindows.portal.content;

import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TagController {

	private final ContentCatalog catalog;

	private final PublishedTags tags;

	TagController(ContentCatalog catalog, PublishedTags tags) {
		this.catalog = catalog;
		this.tags = tags;
	}

	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("tags", this.tags.all());
		return "content/tags";
	}

	@GetMapping("/tags/{slug}")
	String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		TagPage view = this.catalog.tag(slug, page, this.tags.count(slug));
		model.addAttribute("view", view);
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed(view.tag().url(), "tagged “" + view.tag().name() + "”"));
		return "content/tag";
	}

}
