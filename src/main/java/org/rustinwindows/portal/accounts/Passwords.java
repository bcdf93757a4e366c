package org.rustinwindows.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password rules and generation.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 64;

	/** BCrypt reads at most 72 bytes; longer passwords would be silently cut short. */
	static final int MAX_BYTES = 72;

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	static void check(String field, String password) {
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
	}

	/** 24 characters from 144 random bits, safe to print and type. */
	static String generate() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
