package org.rustinwindows.portal.search;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.Slugs;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The results page of the header's search box, and the suggestions the box shows while a
 * reader types. Parameters are read as text and checked here, so that a wrong one is
 * answered with the search page and a message saying what to change.
 */
@Controller
class SearchController {

	/**
	 * Tag slugs are at most 120 characters (the column); anything near that is made up.
	 */
	private static final int MAX_TAG_LENGTH = 100;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern PAGE = Pattern.compile("\\d{1,9}");

	private static final CacheControl SUGGESTIONS_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	/** How many pages of each other kind the search offers above its results. */
	private static final int SHORTCUTS_EACH = 3;

	private final SiteSearch search;

	private final SearchProperties properties;

	private final List<SearchShortcuts> shortcuts;

	/** How long a search takes, the first step kept or not, without its page. */
	private final Timer searches;

	SearchController(SiteSearch search, SearchProperties properties, MeterRegistry meters,
			List<SearchShortcuts> shortcuts) {
		this.search = search;
		this.shortcuts = shortcuts;
		this.properties = properties;
		this.searches = Timer.builder("portal.search")
			.description("Searches made (a page kept by the page cache makes none)")
			.publishPercentileHistogram()
			.register(meters);
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "1") String page, Model model) {
		ReaderQuery query = query(q);
		SearchRequest request = new SearchRequest(query, kind(kind), tag(tag), year(year), page(page));
		String kindSegment = (request.kind() != null) ? request.kind().pathSegment() : null;
		String yearText = (request.year() != null) ? request.year().toString() : null;
		model.addAttribute("query", query.text());
		model.addAttribute("criteria", request);
		model.addAttribute("perPage", this.properties.resultsPerPage());
		model.addAttribute("maxPages", this.properties.maxPages());
		SearchLinks links = new SearchLinks(query.text(), kindSegment, request.tag(), yearText);
		model.addAttribute("links", links);
		if (!request.isEmpty()) {
			SearchPage results = this.searches.record(() -> this.search.search(request));
			model.addAttribute("results", results);
			model.addAttribute("facets", links.facets(results).stream().filter((group) -> !group.isEmpty()).toList());
			if (request.page() == 1 && !request.isFiltered()) {
				model.addAttribute("shortcuts",
						this.shortcuts.stream()
							.flatMap((offer) -> offer.matching(query.words(), SHORTCUTS_EACH).stream())
							.toList());
			}
		}
		return "search/results";
	}

	@GetMapping(path = "/search/suggest", produces = "application/json")
	@ResponseBody
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(defaultValue = "") String q) {
		if (q.length() > this.properties.maxQueryLength()) {
			return ResponseEntity.badRequest().body(List.of());
		}
		return ResponseEntity.ok().cacheControl(SUGGESTIONS_CACHING).body(this.search.suggest(ReaderQuery.parse(q)));
	}

	@ExceptionHandler(InvalidSearchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidSearchException ex, HttpServletRequest request, Model model) {
		String q = request.getParameter("q");
		if (q != null && q.length() <= this.properties.maxQueryLength()) {
			model.addAttribute("query", ReaderQuery.parse(q).text());
		}
		model.addAttribute("problem", ex.getMessage());
		return "search/results";
	}

	private ReaderQuery query(String q) {
		if (q.length() > this.properties.maxQueryLength()) {
			throw new InvalidSearchException(
					"A search can be at most " + this.properties.maxQueryLength() + " characters long.");
		}
		return ReaderQuery.parse(q);
	}

	private static EntryKind kind(String kind) {
		if (kind == null || kind.isEmpty()) {
			return null;
		}
		try {
			return EntryKind.fromPathSegment(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSearchException("The kind can be articles, timeline or faq.");
		}
	}

	private static String tag(String tag) {
		if (tag == null || tag.isEmpty()) {
			return null;
		}
		if (tag.length() > MAX_TAG_LENGTH || !Slugs.isValid(tag)) {
			throw new InvalidSearchException("A tag is given by its address name, such as windows-kernel.");
		}
		return tag;
	}

	private static Integer year(String year) {
		if (year == null || year.isEmpty()) {
			return null;
		}
		if (!YEAR.matcher(year).matches()) {
			throw new InvalidSearchException("A year is four digits, such as 2023.");
		}
		return Integer.valueOf(year);
	}

	private int page(String page) {
		if (!PAGE.matcher(page).matches() || Integer.parseInt(page) < 1) {
			throw new InvalidSearchException("The page is a number from 1.");
		}
		int number = Integer.parseInt(page);
		if (number > this.properties.maxPages()) {
			throw new InvalidSearchException("Search shows at most " + this.properties.maxPages()
					+ " pages of results: add a word or narrow by kind, tag or year.");
		}
		return number;
	}

}
