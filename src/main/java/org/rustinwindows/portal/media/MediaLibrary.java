package org.rustinwindows.portal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Stores uploaded images ({@link MediaStore}: under {@code <data-dir>/media} by default,
 * or in the database), named by a hash of their bytes: the same image uploaded twice is
 * stored once, and a name never changes its content, so it can be cached for a year.
 */
@Service
public class MediaLibrary {

	static final String URL_PREFIX = "/media/";

	/** What {@link #store} names an image: a hash and the extension of its type. */
	static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.[a-z]{3,4}");

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

	/** Whether the address is that of an image kept here. */
	public boolean isUpload(String url) {
		return url.startsWith(URL_PREFIX) && STORED_NAME.matcher(url.substring(URL_PREFIX.length())).matches()
				&& this.store.contains(url.substring(URL_PREFIX.length()));
	}

	/**
	 * The images uploaded last, newest first, for editors to use again.
	 * @param count how many at most
	 */
	public List<Upload> newest(int count) {
		return this.store.newest(count)
			.stream()
			.map((image) -> new Upload(URL_PREFIX + image.name(), image.keptAt()))
			.toList();
	}

	/**
	 * An uploaded image.
	 *
	 * @param url the address it is served at
	 * @param uploadedAt when it was first uploaded
	 */
	public record Upload(String url, Instant uploadedAt) {

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
