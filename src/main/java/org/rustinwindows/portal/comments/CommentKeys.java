package org.rustinwindows.portal.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * The portal's key for comments: it signs form tokens and receipts and keys the hashes
 * under which addresses and emails are kept, so that a leaked database does not give them
 * away. The key survives restarts (it lives in the data directory unless configured), so
 * that forms already open and the hashes already stored stay valid.
 */
@Component
class CommentKeys {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	CommentKeys(CommentProperties properties, PortalProperties portal) {
		byte[] secret = properties.secret().isEmpty() ? storedSecret(portal.dataDir().resolve("keys/comments.key"))
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

	private static byte[] storedSecret(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardOpenOption.CREATE_NEW);
			restrictToOwner(file);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the comment key " + file, ex);
		}
	}

	/**
	 * On file systems without POSIX permissions (Windows) the data directory's own apply.
	 */
	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
