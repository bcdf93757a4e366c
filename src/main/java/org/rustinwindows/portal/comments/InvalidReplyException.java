package org.rustinwindows.portal.comments;

/**
 * A reply to a comment that cannot be answered: unknown, not approved, on another entry,
 * or too deep in its thread.
 */
class InvalidReplyException extends RuntimeException {

	InvalidReplyException(String message) {
		super(message);
	}

}
