package org.rustinwindows.portal.content.web;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.EntryDetail;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.TimelineOrder;
import org.rustinwindows.portal.shared.PageFeed;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class TimelineController {

	private final ReaderPages pages;

	private final EntryDiscussion discussion;

	private final EntryStructuredData structuredData;

	TimelineController(ReaderPages pages, EntryDiscussion discussion, EntryStructuredData structuredData) {
		this.pages = pages;
		this.discussion = discussion;
		this.structuredData = structuredData;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(defaultValue = "newest") String order, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "1") int page, Model model) {
		TimelineOrder timelineOrder = parseOrder(order);
		String tagSlug = (tag == null || tag.isBlank()) ? null : tag;
		model.addAttribute("timeline", this.pages.timeline(tagSlug, timelineOrder, page));
		// The page links keep the reader's choices; the defaults stay out of the address.
		String orderName = timelineOrder.name().toLowerCase(Locale.ROOT);
		model.addAttribute("pagesPath",
				UriComponentsBuilder.fromPath("/timeline")
					.queryParamIfPresent("order",
							Optional.of(orderName).filter((chosen) -> timelineOrder != TimelineOrder.NEWEST))
					.queryParamIfPresent("tag", Optional.ofNullable(tagSlug))
					.encode()
					.toUriString());
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/timeline", "timeline"));
		model.addAttribute("order", orderName);
		model.addAttribute("tag", tagSlug);
		model.addAttribute("tags", this.pages.tags());
		return "content/timeline";
	}

	@GetMapping("/timeline/{slug}")
	String event(@PathVariable String slug, @RequestParam(required = false) String receipt, Model model,
			HttpServletResponse response) {
		EntryDetail event = this.pages.timelineEvent(slug);
		model.addAttribute("event", event);
		CodeHighlighting.addTo(model, Stream.of(event.bodyHtml()));
		this.structuredData.addArticle(model, event);
		this.discussion.addTo(model, event.id(), receipt, response);
		return "content/timeline-event";
	}

	private static TimelineOrder parseOrder(String order) {
		try {
			return TimelineOrder.valueOf(order.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "order must be 'newest' or 'oldest'");
		}
	}

}
