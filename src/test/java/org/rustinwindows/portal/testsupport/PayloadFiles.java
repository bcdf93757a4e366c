package org.rustinwindows.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lists of hostile inputs kept as test resources: one per line, {@code #} starts a
 * comment, and {@code \n} stands for a line break.
 */
public final class PayloadFiles {

	private PayloadFiles() {
	}

	public static List<String> read(String resource) {
		try (InputStream input = PayloadFiles.class.getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalArgumentException("No test resource " + resource);
			}
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.replace("\\n", "\n"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
