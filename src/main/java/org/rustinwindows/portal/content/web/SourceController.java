package org.rustinwindows.portal.content.web;

import java.util.Locale;
import java.util.Map;

import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourcePage;
import org.rustinwindows.portal.content.SourcePages;
import org.rustinwindows.portal.content.SourceView;
import org.rustinwindows.portal.shared.JsonLd;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code /sources} index and a page per source, with everything published that cites
 * it.
 */
@Controller
class SourceController {

	private final SourcePages pages;

	private final PortalProperties portal;

	SourceController(SourcePages pages, PortalProperties portal) {
		this.pages = pages;
		this.portal = portal;
	}

	@GetMapping("/sources")
	String sources(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page,
			Model model) {
		SourceKind chosen = kind(kind);
		model.addAttribute("kind", chosen);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("page", this.pages.index(page, chosen));
		return "content/sources";
	}

	@GetMapping("/sources/{slug}")
	String source(@PathVariable String slug, Model model) {
		SourcePage view = this.pages.source(slug);
		model.addAttribute("view", view);
		model.addAttribute("structuredData", structuredData(view.source()));
		return "content/source";
	}

	/** The source as a schema.org CreativeWork, with what is known of it. */
	private String structuredData(SourceView source) {
		SourceDetails details = source.details();
		Map<String, Object> work = JsonLd.object("name", details.title(), "url",
				(details.url() != null) ? details.url() : this.portal.absolute(source.page()));
		if (details.author() != null) {
			work.put("author", JsonLd.object("@type", "Person", "name", details.author()));
		}
		if (details.publication() != null) {
			work.put("publisher", JsonLd.object("@type", "Organization", "name", details.publication()));
		}
		if (details.published() != null) {
			work.put("datePublished", details.published().iso());
		}
		return JsonLd.write(JsonLd.node("CreativeWork", work));
	}

	/** {@code primary} or {@code report}; anything else is a request to correct. */
	private static SourceKind kind(String word) {
		if (word == null || word.isBlank()) {
			return null;
		}
		try {
			return SourceKind.fromWord(word.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The kind of source is primary or report.");
		}
	}

}
