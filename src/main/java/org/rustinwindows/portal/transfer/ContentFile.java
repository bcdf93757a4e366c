package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryRef;

/**
 * A content file that parsed and passed every check.
 *
 * @param path where it was read from, relative to the folder or archive, with {@code /}
 * between segments
 * @param file what it holds
 */
record ContentFile(String path, EntryFile file) {

	EntryRef ref() {
		return this.file.ref();
	}

}
