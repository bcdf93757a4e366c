package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.tracker.StatusFile;

/**
 * A status item's content file that parsed and passed every check.
 *
 * @param path where it was read from, relative to the folder or archive
 * @param item what it describes
 */
record StatusContentFile(String path, StatusFile item) {

}
