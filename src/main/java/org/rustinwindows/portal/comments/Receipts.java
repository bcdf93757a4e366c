package org.rustinwindows.portal.comments;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The signed note a poster gets back with their comment's address, so that they, and only
 * people they share the address with, see it while it awaits moderation.
 */
@Component
class Receipts {

	private final CommentKeys keys;

	Receipts(CommentKeys keys) {
		this.keys = keys;
	}

	String issue(long commentId) {
		return commentId + "-" + this.keys.sign("receipt:" + commentId);
	}

	Optional<Long> read(String receipt) {
		if (receipt == null || receipt.length() > 64) {
			return Optional.empty();
		}
		int dash = receipt.indexOf('-');
		if (dash < 1) {
			return Optional.empty();
		}
		String id = receipt.substring(0, dash);
		if (!id.chars().allMatch(Character::isDigit) || id.length() > 18
				|| !this.keys.verify("receipt:" + id, receipt.substring(dash + 1))) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

}
