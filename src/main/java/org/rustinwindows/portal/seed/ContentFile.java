package org.rustinwindows.portal.seed;

import java.nio.file.Path;
import java.util.List;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.NewEntry;

/**
 * A content file that parsed and passed every check.
 *
 * @param path where it was read from
 * @param entry the entry it describes
 * @param related the entries it links to
 */
record ContentFile(Path path, NewEntry entry, List<EntryRef> related) {

	EntryRef ref() {
		return new EntryRef(this.entry.kind(), this.entry.slug());
	}

}
