package org.rustinwindows.portal.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.rustinwindows.portal.shared.SharedSecrets;

import org.springframework.stereotype.Component;

/**
 * The tokens in the links mailed to readers: a record's id and what the link may do with
 * it, signed with a key every node shares (HMAC-SHA256), so that no one can confirm or
 * end someone else's subscription by guessing a number.
 */
@Component
class SignedTokens {

	private final byte[] key;

	SignedTokens(SharedSecrets secrets) {
		this.key = secrets.get("notification-links");
	}

	/**
	 * @param purpose what the link does, such as {@code confirm-replies}
	 */
	String sign(String purpose, long id) {
		return id + "." + signature(purpose, id);
	}

	/** The id the token was made for this purpose, if it was. */
	OptionalLong verify(String purpose, String token) {
		if (token == null) {
			return OptionalLong.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1 || dot > 19) {
			return OptionalLong.empty();
		}
		long id;
		try {
			id = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
		boolean genuine = MessageDigest.isEqual(signature(purpose, id).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
		return genuine ? OptionalLong.of(id) : OptionalLong.empty();
	}

	private String signature(String purpose, long id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] digest = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

}
