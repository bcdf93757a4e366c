package org.rustinwindows.portal.content;

/**
 * A source as the {@code /sources} index and the editors' list show it.
 *
 * @param source what is known of it
 * @param citations how many entries cite it
 */
public record SourceListing(SourceView source, long citations) {

	SourceListing(Source source, long citations) {
		this(SourceView.of(source), citations);
	}

}
