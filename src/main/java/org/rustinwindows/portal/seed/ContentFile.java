package org.rustinwindows.portal.seed;

import java.nio.file.Path;

import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryRef;

/**
 * A content file that parsed and passed every check.
 *
 * @param path where it was read from
 * @param file what it holds
 */
record ContentFile(Path path, EntryFile file) {

	EntryRef ref() {
		return this.file.ref();
	}

}
