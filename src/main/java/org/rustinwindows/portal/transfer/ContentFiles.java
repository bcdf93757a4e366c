package org.rustinwindows.portal.transfer;

import java.util.List;

/**
 * What was read from a folder or an archive: the files that are entries, and the ones
 * that are not, with the reason.
 *
 * @param files the readable entry files, in path order
 * @param sources the readable source files, in path order
 * @param statusItems the readable status item files, in path order
 * @param rejected the files that could not be read as entries
 */
record ContentFiles(List<ContentFile> files, List<SourceContentFile> sources, List<StatusContentFile> statusItems,
		List<ImportReport.Rejection> rejected) {

}
