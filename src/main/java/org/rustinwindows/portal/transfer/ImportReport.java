package org.rustinwindows.portal.transfer;

import java.util.List;

import org.rustinwindows.portal.content.EntryRef;

/**
 * What an import did with each file.
 *
 * @param created entries that did not exist and have been created
 * @param updated entries that existed and now read as their file does
 * @param unchanged entries that already read as their file does, or that seeding leaves
 * alone
 * @param rejected files that could not be imported, with the reason
 * @param unresolvedLinks related entries that a file names but that exist neither in the
 * database nor in the import
 * @param sources how many source files created or changed a source
 * @param statusItems how many status item files created or changed an item
 */
record ImportReport(List<EntryRef> created, List<EntryRef> updated, List<EntryRef> unchanged, List<Rejection> rejected,
		List<UnresolvedLink> unresolvedLinks, int sources, int statusItems) {

	int imported() {
		return this.created.size() + this.updated.size() + this.unchanged.size();
	}

	/**
	 * A file that was not imported.
	 *
	 * @param path the file, relative to the folder or archive
	 * @param reason why, in words an editor can act on
	 */
	record Rejection(String path, String reason) {

	}

	/**
	 * A link that was left out because its target does not exist.
	 *
	 * @param from the entry whose file names the target
	 * @param to the missing target
	 */
	record UnresolvedLink(EntryRef from, EntryRef to) {

	}

}
