package org.rustinwindows.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Password rules and generation. Besides the length, a password must be hard to guess as
 * zxcvbn (Dropbox's estimator, in nulab's Java port) measures it: its bundled lists of
 * the most common passwords, names and words, keyboard patterns, repeats and sequences,
 * and the account's own name all count against it.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 64;

	/** BCrypt reads at most 72 bytes; longer passwords would be silently cut short. */
	static final int MAX_BYTES = 72;

	/** zxcvbn's "safely unguessable": about 10^8 guesses or more. */
	static final int MIN_SCORE = 3;

	private static final SecureRandom random = new SecureRandom();

	private static final Zxcvbn strength = new Zxcvbn();

	private Passwords() {
	}

	/**
	 * @param personal words of the account's own (username, display name), which make a
	 * password easier to guess
	 */
	static void check(String field, String password, String... personal) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new AccountRuleException(field, "Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new AccountRuleException(field,
					"Use fewer non-ASCII characters: a password may take at most " + MAX_BYTES + " bytes.");
		}
		if (password.isBlank()) {
			throw new AccountRuleException(field, "A password cannot be only spaces.");
		}
		if (password.strip().length() < MIN_LENGTH) {
			throw new AccountRuleException(field,
					"Use at least " + MIN_LENGTH + " characters besides spaces at the start and end.");
		}
		Strength measured = strength.measure(password,
				Arrays.stream(personal).filter(Objects::nonNull).filter((word) -> !word.isBlank()).toList());
		if (measured.getScore() < MIN_SCORE) {
			String warning = measured.getFeedback().getWarning();
			throw new AccountRuleException(field,
					"This password is too easy to guess"
							+ ((warning != null && !warning.isBlank()) ? " (" + warning.strip() + ")" : "")
							+ ". Try a few unrelated words, or a longer phrase.");
		}
	}

	/** 24 characters from 144 random bits, safe to print and type. */
	static String generate() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
