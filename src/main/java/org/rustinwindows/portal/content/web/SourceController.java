package org.rustinwindows.portal.content.web;

import java.util.Locale;

import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourcePage;
import org.rustinwindows.portal.content.SourcePages;

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

	SourceController(SourcePages pages) {
		this.pages = pages;
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
		return "content/source";
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
