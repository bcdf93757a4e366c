package org.rustinwindows.portal.content;

import java.util.Optional;

/**
 * What a module with public pages of its own (the status board) offers the "Edit this
 * page" link of its pages. Implemented there, so that this module needs to know nothing
 * of theirs.
 */
public interface EditablePages {

	/**
	 * @param path a public page's path, such as {@code /status/wdk-sys}
	 * @return where an editor edits what it shows, or empty when it is not one of this
	 * module's pages
	 */
	Optional<EditLink> editLink(String path);

	/**
	 * Where an editor edits a page.
	 *
	 * @param url the editor screen
	 * @param label the link's words, such as "Edit this status item"
	 */
	record EditLink(String url, String label) {

	}

}
