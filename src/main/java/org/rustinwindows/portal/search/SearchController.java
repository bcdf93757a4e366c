package org.rustinwindows.portal.search;

import org.rustinwindows.portal.content.ContentCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results page of the header's search box: published entries containing the query
 * text.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	private final ContentCatalog catalog;

	SearchController(ContentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A search can be at most " + MAX_QUERY_LENGTH + " characters long");
		}
		String query = q.strip();
		model.addAttribute("query", query);
		if (!query.isEmpty()) {
			model.addAttribute("results", this.catalog.containing(query, page));
		}
		return "search/results";
	}

}
