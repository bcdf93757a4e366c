package org.rustinwindows.portal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

/**
 * Stores uploaded images ({@link MediaStore}: under {@code <data-dir>/media} by default,
 * or in the database), named by a hash of their bytes: the same image uploaded twice is
 * stored once, and a name never changes its content, so it can be cached for a year.
 */
@Service
public class MediaLibrary {

	static final String URL_PREFIX = "/media/";

	private final MediaStore store;

	private final MediaProperties properties;

	MediaLibrary(MediaStore store, MediaProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	MediaStore store() {
		return this.store;
	}

	/**
	 * @return the address the image is served at
	 * @throws ImageRejectedException when it is empty, too large, or not PNG, JPEG, GIF
	 * or WebP by its bytes
	 */
	public String store(byte[] bytes) throws ImageRejectedException {
		if (bytes.length == 0) {
			throw new ImageRejectedException("The file is empty.");
		}
		if (bytes.length > this.properties.maxImageSize().toBytes()) {
			throw new ImageRejectedException(
					"The image is larger than " + this.properties.maxImageSize().toMegabytes() + " MB.");
		}
		ImageType type = ImageType.detect(bytes)
			.orElseThrow(() -> new ImageRejectedException("Only PNG, JPEG, GIF and WebP images can be uploaded."));
		String name = hash(bytes) + "." + type.extension();
		this.store.put(name, type, bytes);
		return URL_PREFIX + name;
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
