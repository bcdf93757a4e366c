package org.rustinwindows.portal.comments;

import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator can do with comments.
 */
enum ModerationAction {

	APPROVE(CommentStatus.APPROVED, "approved"), REJECT(CommentStatus.REJECTED, "rejected"),
	SPAM(CommentStatus.SPAM, "marked as spam"), DELETE(null, "deleted");

	private final CommentStatus result;

	private final String pastTense;

	ModerationAction(CommentStatus result, String pastTense) {
		this.result = result;
		this.pastTense = pastTense;
	}

	/** The state comments end in, or null when they are deleted. */
	CommentStatus result() {
		return this.result;
	}

	String pastTense() {
		return this.pastTense;
	}

	static Optional<ModerationAction> parse(String text) {
		for (ModerationAction action : values()) {
			if (action.name().toLowerCase(Locale.ROOT).equals(text)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
