package org.rustinwindows.portal.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.shared.SharedSecrets;

import org.springframework.stereotype.Component;

/**
 * The portal's key for comments: it signs form tokens and receipts and keys the hashes
 * under which addresses and emails are kept, so that a leaked database does not give them
 * away. Every node must hold the same key, for a form shown by one to post on another; it
 * is configured ({@code portal.comments.secret}), which keeps it out of the database, or
 * else shared through the database ({@link SharedSecrets}). A key an earlier version kept
 * in the data directory becomes the shared one, so that forms already open and hashes
 * already stored stay valid.
 */
@Component
class CommentKeys {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	CommentKeys(CommentProperties properties, PortalProperties portal, SharedSecrets secrets) {
		byte[] secret = properties.secret().isEmpty()
				? secrets.get("comments", () -> earlierKey(portal.dataDir().resolve("keys/comments.key")))
				: properties.secret().getBytes(StandardCharsets.UTF_8);
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	/** A keyed hash, as 64 hex digits: equal inputs give equal hashes, nothing more. */
	String hash(String value) {
		return HexFormat.of().formatHex(mac(value));
	}

	/** A short signature for a value that travels through a reader's browser. */
	String sign(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(value)).substring(0, 32);
	}

	boolean verify(String value, String signature) {
		return signature != null && MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/** The key kept in the data directory before keys were shared, if any. */
	private static byte[] earlierKey(Path file) {
		try {
			return Files.exists(file) ? Base64.getDecoder().decode(Files.readString(file).strip()) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the earlier comment key " + file, ex);
		}
	}

}
