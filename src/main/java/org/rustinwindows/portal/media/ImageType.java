package org.rustinwindows.portal.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the portal accepts, recognised by their first bytes rather than by a
 * file name or a content type a browser claims. SVG is left out on purpose: it can carry
 * script.
 */
enum ImageType {

	PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), GIF("gif", "image/gif"), WEBP("webp", "image/webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String extension;

	private final String mediaType;

	ImageType(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	static Optional<ImageType> detect(byte[] bytes) {
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, "GIF87a".getBytes()) || startsWith(bytes, "GIF89a".getBytes())) {
			return Optional.of(GIF);
		}
		if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes())
				&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(), 0, 4)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
