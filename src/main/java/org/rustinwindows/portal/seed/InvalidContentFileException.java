package org.rustinwindows.portal.seed;

/**
 * A content file cannot be imported; the message says why in words an editor can act on.
 */
class InvalidContentFileException extends Exception {

	private static final long serialVersionUID = 1L;

	InvalidContentFileException(String reason) {
		super(reason);
	}

	InvalidContentFileException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
