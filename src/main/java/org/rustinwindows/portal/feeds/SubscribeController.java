package org.rustinwindows.portal.feeds;

import java.util.stream.Stream;

import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagRef;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Lists every feed with its address, ready to paste into a feed reader.
 */
@Controller
class SubscribeController {

	private final PublishedTags tags;

	private final PortalProperties portal;

	SubscribeController(PublishedTags tags, PortalProperties portal) {
		this.tags = tags;
		this.portal = portal;
	}

	@GetMapping("/subscribe")
	String subscribe(Model model) {
		model.addAttribute("site", FeedLinks.of(FeedScope.SITE.name(), FeedScope.SITE, this.portal));
		model.addAttribute("kinds",
				Stream.of(EntryKind.values())
					.map((kind) -> FeedLinks.of(FeedScope.of(kind).name(), FeedScope.of(kind), this.portal))
					.toList());
		model.addAttribute("tags", this.tags.all()
			.stream()
			.map((tag) -> FeedLinks.of(tag.name(), FeedScope.of(new TagRef(tag.slug(), tag.name())), this.portal))
			.toList());
		return "feeds/subscribe";
	}

}
