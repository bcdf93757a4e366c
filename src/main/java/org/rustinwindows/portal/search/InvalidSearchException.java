package org.rustinwindows.portal.search;

/**
 * A search whose parameters cannot be answered: the message says what to change.
 */
class InvalidSearchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	InvalidSearchException(String message) {
		super(message);
	}

}
