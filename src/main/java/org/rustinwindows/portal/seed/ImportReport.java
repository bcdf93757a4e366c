package org.rustinwindows.portal.seed;

import java.nio.file.Path;
import java.util.List;

import org.rustinwindows.portal.content.EntryRef;

/**
 * What an import did with each file.
 *
 * @param created entries that were missing and have been created
 * @param unchanged entries the database already had, left as they are
 * @param rejected files that could not be imported, with the reason
 */
record ImportReport(List<EntryRef> created, List<EntryRef> unchanged, List<Rejection> rejected) {

	/**
	 * A file that was not imported.
	 *
	 * @param path the file
	 * @param reason why, in words an editor can act on
	 */
	record Rejection(Path path, String reason) {

	}

}
