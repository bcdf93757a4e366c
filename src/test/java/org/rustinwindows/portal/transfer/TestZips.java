package org.rustinwindows.portal.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip archives built and read in memory for tests.
 */
public final class TestZips {

	private TestZips() {
	}

	/** A zip of the given files, in order; a name ending in {@code /} is a folder. */
	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] zipOfTexts(Map<String, String> files) {
		Map<String, byte[]> encoded = new LinkedHashMap<>();
		files.forEach((name, text) -> encoded.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return zip(encoded);
	}

	/** Every file of a zip as UTF-8 text, by name, in archive order. */
	static Map<String, String> unzip(byte[] archive) {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	public static String article(String slug, String extra) {
		return "---\ntitle: Title " + slug + "\nslug: " + slug + "\nsummary: Summary\npublished: 2024-01-01\n" + extra
				+ "---\nBody of " + slug + "\n";
	}

}
