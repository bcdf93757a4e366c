package org.rustinwindows.portal.content;

import org.springframework.stereotype.Component;

/**
 * How many entries of a kind are published, in all or with one tag: the totals behind the
 * page numbers of the articles, the timeline (with its topic filter) and the FAQ. They
 * are kept until content changes: on PostgreSQL, with the benchmark's 100,000 entries,
 * counting on every view made {@code /articles} take 16 ms instead of 6, and a common
 * topic's timeline 30 ms instead of 9 (see the README's Pages).
 * <p>
 * Kept here rather than in {@link ContentCatalog}, as {@link PublishedTags} is: the
 * catalog's contract tests run in transactions that roll back, in which the
 * {@link ContentVersion} never moves.
 */
@Component
public class PublishedCounts {

	/** Topics come from the address, so only so many of them are kept. */
	private static final long MOST_LISTINGS = 1_000;

	private final ContentCache<Listing, Long> counts;

	PublishedCounts(ContentCatalog catalog, ContentVersion version) {
		this.counts = new ContentCache<>(version, MOST_LISTINGS,
				(listing) -> catalog.countPublished(listing.kind(), listing.tagSlug()));
	}

	/** How many entries of the kind are published. */
	public long of(EntryKind kind) {
		return of(kind, null);
	}

	/**
	 * How many entries of the kind are published with the tag, or in all when it is
	 * {@code null}: none for an unknown tag.
	 */
	public long of(EntryKind kind, String tagSlug) {
		return this.counts.get(new Listing(kind, tagSlug));
	}

	private record Listing(EntryKind kind, String tagSlug) {

	}

}
