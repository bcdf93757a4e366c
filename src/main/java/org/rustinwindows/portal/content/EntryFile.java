package org.rustinwindows.portal.content;

import java.util.List;

/**
 * Everything one content file holds: the entry and the entries it links to.
 *
 * @param entry the entry
 * @param related the entries it names as related, in order
 */
public record EntryFile(NewEntry entry, List<EntryRef> related) {

	public EntryRef ref() {
		return new EntryRef(this.entry.kind(), this.entry.slug());
	}

}
