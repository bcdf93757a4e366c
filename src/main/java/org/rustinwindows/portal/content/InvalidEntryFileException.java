package org.rustinwindows.portal.content;

/**
 * A content file cannot be read; the message says why in words an editor can act on.
 */
public class InvalidEntryFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidEntryFileException(String reason) {
		super(reason);
	}

	public InvalidEntryFileException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
