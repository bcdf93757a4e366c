package org.rustinwindows.portal.content;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The tags of published entries with their counts, for the pages that list them. Counting
 * groups every published entry, so the counts are kept until content changes instead of
 * being counted again on every page view: by {@link ReaderPages}, the search page and the
 * subscribe page alike.
 */
@Component
public class PublishedTags {

	private static final Comparator<TagCount> MOST_USED_FIRST = Comparator.comparingLong(TagCount::count)
		.reversed()
		.thenComparing(TagCount::name);

	private final ContentCache<Boolean, List<TagCount>> counts;

	PublishedTags(ContentCatalog catalog, ContentVersion version) {
		this.counts = new ContentCache<>(version, (all) -> catalog.tags());
	}

	/** Every tag carried by a published entry, by name. */
	public List<TagCount> all() {
		return this.counts.get(Boolean.TRUE);
	}

	/** How many published entries carry the tag: none for an unknown one. */
	public long count(String slug) {
		return all().stream().filter((tag) -> tag.slug().equals(slug)).mapToLong(TagCount::count).findFirst().orElse(0);
	}

	/** The tags carried by most published entries, then by name. */
	public List<TagCount> mostUsed(int count) {
		return all().stream().sorted(MOST_USED_FIRST).limit(count).toList();
	}

}
