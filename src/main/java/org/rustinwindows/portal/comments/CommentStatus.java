package org.rustinwindows.portal.comments;

/**
 * Where a comment stands in moderation. Only approved comments are shown to readers.
 */
public enum CommentStatus {

	PENDING("Pending"), APPROVED("Approved"), SPAM("Spam"), REJECTED("Rejected");

	private final String label;

	CommentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
