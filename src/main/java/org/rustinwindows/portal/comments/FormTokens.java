package org.rustinwindows.portal.comments;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Signed tokens that say when a comment form was shown and for which entry and parent. A
 * form sent back within seconds was filled by a robot; one sent back after a day was
 * kept, or replayed, too long. Each token also carries a random nonce, so that no two
 * forms share one: a token sends one comment (CommentPosting keeps the hash of the token
 * with the comment it sent). Nothing is stored for forms that are never sent.
 */
@Component
class FormTokens {

	private static final SecureRandom random = new SecureRandom();

	private final CommentKeys keys;

	private final CommentProperties properties;

	FormTokens(CommentKeys keys, CommentProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	String issue(long targetId, Long parentId, Instant now) {
		byte[] nonce = new byte[12];
		random.nextBytes(nonce);
		String value = now.getEpochSecond() + "." + targetId + "." + ((parentId != null) ? parentId : 0) + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		return value + "." + this.keys.sign("form:" + value);
	}

	Check check(String token, long targetId, Long parentId, Instant now) {
		String[] parts = (token != null) ? token.split("\\.", -1) : new String[0];
		if (parts.length != 5) {
			return Check.INVALID;
		}
		String value = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
		String expected = targetId + "." + ((parentId != null) ? parentId : 0);
		if (!this.keys.verify("form:" + value, parts[4]) || !(parts[1] + "." + parts[2]).equals(expected)) {
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
