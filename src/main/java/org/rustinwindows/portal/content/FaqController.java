package org.rustinwindows.portal.content;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FaqController {

	private final ContentCatalog catalog;

	private final EntryDiscussion discussion;

	private final PublishedCounts counts;

	FaqController(ContentCatalog catalog, EntryDiscussion discussion, PublishedCounts counts) {
		this.catalog = catalog;
		this.discussion = discussion;
		this.counts = counts;
	}

	@GetMapping("/faq")
	String faq(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.catalog.faq(page, this.counts.of(EntryKind.FAQ)));
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/faq", "FAQ"));
		return "content/faq";
	}

	@GetMapping("/faq/{slug}")
	String question(@PathVariable String slug, @RequestParam(required = false) String receipt, Model model,
			HttpServletResponse response) {
		EntryDetail question = this.catalog.faqItem(slug);
		model.addAttribute("question", question);
		this.discussion.addTo(model, question.id(), receipt, response);
		return "content/faq-item";
	}

}
