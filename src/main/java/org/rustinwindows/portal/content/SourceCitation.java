package org.rustinwindows.portal.content;

import java.util.List;

/**
 * A source as a page that cites it shows it: its title and address, and a link to its own
 * page with everything else that cites it.
 *
 * @param title what it is called
 * @param url where it can be read, or {@code null}
 * @param slug its page's slug
 * @param kind a primary source or a report
 */
public record SourceCitation(String title, String url, String slug, SourceKind kind) {

	static SourceCitation of(Source source) {
		return new SourceCitation(source.getTitle(), source.getUrl(), source.getSlug(), source.getKind());
	}

	public String page() {
		return SourcePages.urlOf(this.slug);
	}

	public boolean isReport() {
		return this.kind == SourceKind.REPORT;
	}

	/**
	 * Whether what these sources support is only reported: there are sources, and none of
	 * them is a primary one.
	 */
	public static boolean onlyReports(List<SourceCitation> sources) {
		return !sources.isEmpty() && sources.stream().allMatch(SourceCitation::isReport);
	}

}
