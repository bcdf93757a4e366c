package org.rustinwindows.portal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Service;

/**
 * Stores uploaded images under {@code <data-dir>/media}, named by a hash of their bytes:
 * the same image uploaded twice is stored once, and a name never changes its content, so
 * it can be cached for a year.
 */
@Service
public class MediaLibrary {

	static final String URL_PREFIX = "/media/";

	private final Path folder;

	private final MediaProperties properties;

	MediaLibrary(PortalProperties portal, MediaProperties properties) {
		this.folder = portal.dataDir().resolve("media");
		this.properties = properties;
	}

	Path folder() {
		return this.folder;
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
		Path target = this.folder.resolve(name);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(this.folder);
				Path partial = Files.createTempFile(this.folder, "upload-", ".part");
				Files.write(partial, bytes);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store an image in " + this.folder, ex);
		}
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
