package org.rustinwindows.portal.content.web;

import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.EntryDetail;
import org.rustinwindows.portal.content.FaqAnswer;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.shared.PageFeed;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FaqController {

	private final ReaderPages pages;

	private final EntryDiscussion discussion;

	private final EntryStructuredData structuredData;

	FaqController(ReaderPages pages, EntryDiscussion discussion, EntryStructuredData structuredData) {
		this.pages = pages;
		this.discussion = discussion;
		this.structuredData = structuredData;
	}

	@GetMapping("/faq")
	String faq(@RequestParam(defaultValue = "1") int page, Model model) {
		PageView<FaqAnswer> answers = this.pages.faq(page);
		model.addAttribute("page", answers);
		CodeHighlighting.addTo(model, answers.items().stream().map(FaqAnswer::bodyHtml));
		this.structuredData.addQuestions(model, answers.items());
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/faq", "FAQ"));
		return "content/faq";
	}

	@GetMapping("/faq/{slug}")
	String question(@PathVariable String slug, @RequestParam(required = false) String receipt, Model model,
			HttpServletResponse response) {
		EntryDetail question = this.pages.faqItem(slug);
		model.addAttribute("question", question);
		CodeHighlighting.addTo(model, Stream.of(question.bodyHtml()));
		this.structuredData.addQuestion(model, question);
		this.discussion.addTo(model, question.id(), receipt, response);
		return "content/faq-item";
	}

}
