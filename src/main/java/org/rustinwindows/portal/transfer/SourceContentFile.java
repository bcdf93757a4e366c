package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.content.SourceDetails;

/**
 * A source's content file that parsed and passed every check.
 *
 * @param path where it was read from, relative to the folder or archive
 * @param source what it describes
 */
record SourceContentFile(String path, SourceDetails source) {

}
