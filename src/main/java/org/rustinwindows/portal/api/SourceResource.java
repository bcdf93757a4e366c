package org.rustinwindows.portal.api;

import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceListing;
import org.rustinwindows.portal.content.SourceView;

/**
 * A source as the API gives it.
 *
 * @param id its stable id
 * @param slug its page's slug
 * @param url its page on the portal
 * @param title what it is called
 * @param link where it can be read, or {@code null}
 * @param publication where it appeared, or {@code null}
 * @param author who wrote or gave it, or {@code null}
 * @param published when it appeared ({@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}), or {@code null}
 * @param kind {@code primary} (Microsoft's own word) or {@code report}
 * @param note a line on what it is, or {@code null}
 */
public record SourceResource(long id, String slug, String url, String title, String link, String publication,
		String author, String published, String kind, String note) {

	static SourceResource of(SourceListing listing) {
		return of(listing.source());
	}

	static SourceResource of(SourceView source) {
		SourceDetails details = source.details();
		return new SourceResource(source.id(), details.slug(), source.page(), details.title(), details.url(),
				details.publication(), details.author(),
				(details.published() != null) ? details.published().iso() : null, details.kind().word(),
				details.note());
	}

}
