package org.rustinwindows.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The addresses a results page links to: the same search narrowed by a facet, widened
 * again, or on another page. Every link starts again at page 1 except page links.
 */
public final class SearchLinks {

	private final String query;

	private final String kind;

	private final String tag;

	private final String year;

	SearchLinks(String query, String kind, String tag, String year) {
		this.query = query;
		this.kind = kind;
		this.tag = tag;
		this.year = year;
	}

	/** The facets of a results page, each value linked to the search it leads to. */
	List<FacetGroup> facets(SearchPage page) {
		return List.of(group("Kind", "All kinds", this.kind, page.kinds(), this::withKind),
				group("Tag", "All tags", this.tag, page.tags(), this::withTag),
				group("Year", "All years", this.year, page.years(), this::withYear));
	}

	private static FacetGroup group(String heading, String clearLabel, String chosen, List<FacetValue> values,
			Function<String, String> narrowedTo) {
		String clearUrl = (chosen != null) ? narrowedTo.apply(null) : null;
		return new FacetGroup(heading, clearLabel, clearUrl, values.stream().map((value) -> {
			boolean selected = value.value().equals(chosen);
			return new FacetGroup.Link(value.label(), value.count(),
					selected ? clearUrl : narrowedTo.apply(value.value()), selected);
		}).toList());
	}

	private String withKind(String value) {
		return url(this.query, value, this.tag, this.year, 1);
	}

	private String withTag(String value) {
		return url(this.query, this.kind, value, this.year, 1);
	}

	private String withYear(String value) {
		return url(this.query, this.kind, this.tag, value, 1);
	}

	/** Another query, keeping the filters: for the spelling correction. */
	public String forQuery(String other) {
		return url(other, this.kind, this.tag, this.year, 1);
	}

	public String page(int number) {
		return url(this.query, this.kind, this.tag, this.year, number);
	}

	private static String url(String query, String kind, String tag, String year, int page) {
		StringJoiner parameters = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
		add(parameters, "q", (query != null && !query.isEmpty()) ? query : null);
		add(parameters, "kind", kind);
		add(parameters, "tag", tag);
		add(parameters, "year", year);
		add(parameters, "page", (page > 1) ? Integer.toString(page) : null);
		return parameters.toString();
	}

	/** Form encoding, in which "+" and "&" in a query stay themselves. */
	private static void add(StringJoiner parameters, String name, String value) {
		if (value != null) {
			parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
