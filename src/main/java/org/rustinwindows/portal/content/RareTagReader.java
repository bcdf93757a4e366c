package org.rustinwindows.portal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Reads a rare tag's published entries through the tag. Asked for a tag's newest entries,
 * H2 walks the entries' date index and checks each entry for the tag: at once for a
 * common tag, but through every entry for one that few carry. For a tag on at most
 * {@value #RARE} entries, this reads them by the tag's own index and orders them here.
 */
@Component
class RareTagReader {

	static final int RARE = 2_000;

	private static final Comparator<TaggedEntry> NEWEST_FIRST = Comparator
		.comparing(TaggedEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(TaggedEntry::id, Comparator.reverseOrder());

	private final EntryRepository entries;

	private final int rare;

	@Autowired
	RareTagReader(EntryRepository entries) {
		this(entries, RARE);
	}

	/** With another bound, so that tests reach both ways with a handful of entries. */
	RareTagReader(EntryRepository entries, int rare) {
		this.entries = entries;
		this.rare = rare;
	}

	/**
	 * The tag's published entries, newest first, or nothing when the tag is too common to
	 * be read this way.
	 */
	Optional<List<TaggedEntry>> newest(long tagId) {
		List<Long> ids = this.entries.findIdsWithTag(tagId, Limit.of(this.rare + 1));
		if (ids.size() > this.rare) {
			return Optional.empty();
		}
		if (ids.isEmpty()) {
			return Optional.of(List.of());
		}
		return Optional.of(this.entries.findTagged(ids, EntryStatus.PUBLISHED).stream().sorted(NEWEST_FIRST).toList());
	}

}
