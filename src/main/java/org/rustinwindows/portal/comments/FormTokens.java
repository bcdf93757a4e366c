package org.rustinwindows.portal.comments;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Signed tokens that say when a comment form was shown and for which entry and parent. A
 * form sent back within seconds was filled by a robot; one sent back after a day was
 * kept, or replayed, too long. Nothing is stored per form.
 */
@Component
class FormTokens {

	private final CommentKeys keys;

	private final CommentProperties properties;

	FormTokens(CommentKeys keys, CommentProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	String issue(long targetId, Long parentId, Instant now) {
		String value = now.getEpochSecond() + "." + targetId + "." + ((parentId != null) ? parentId : 0);
		return value + "." + this.keys.sign("form:" + value);
	}

	Check check(String token, long targetId, Long parentId, Instant now) {
		String[] parts = (token != null) ? token.split("\\.", -1) : new String[0];
		if (parts.length != 4) {
			return Check.INVALID;
		}
		String value = parts[0] + "." + parts[1] + "." + parts[2];
		String expected = targetId + "." + ((parentId != null) ? parentId : 0);
		if (!this.keys.verify("form:" + value, parts[3]) || !(parts[1] + "." + parts[2]).equals(expected)) {
			return Check.INVALID;
		}
		Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(parts[0])), now);
		if (age.compareTo(this.properties.minFillTime()) < 0) {
			return Check.TOO_FAST;
		}
		return (age.compareTo(this.properties.maxFormAge()) > 0) ? Check.EXPIRED : Check.VALID;
	}

	/**
	 * What a token says about the form that carried it.
	 */
	enum Check {

		VALID(null), TOO_FAST("That was quick: please read your comment over, then send it again."),
		EXPIRED("This form was open for a long time: please send your comment again."),
		INVALID("This form could not be checked: please send your comment again.");

		private final String message;

		Check(String message) {
			this.message = message;
		}

		String message() {
			return this.message;
		}

	}

}
