package org.rustinwindows.portal.transfer;

/**
 * An uploaded archive that is not read at all: not a zip, damaged, or beyond the limits
 * that keep one upload from exhausting the portal's memory.
 */
class ArchiveRejectedException extends Exception {

	ArchiveRejectedException(String message) {
		super(message);
	}

	ArchiveRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
