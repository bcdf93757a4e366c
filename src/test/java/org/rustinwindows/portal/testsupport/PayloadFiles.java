package org.rustinwindows.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of hostile inputs kept as test resources: one per line, {@code #} starts a
 * comment, {@code \n} stands for a line break and {@code \}{@code uXXXX} for that
 * character, so that control characters can be written down.
 */
public final class PayloadFiles {

	private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

	private PayloadFiles() {
	}

	public static List<String> read(String resource) {
		try (InputStream input = PayloadFiles.class.getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalArgumentException("No test resource " + resource);
			}
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> ESCAPED_CHARACTER.matcher(line.replace("\\n", "\n"))
					.replaceAll((match) -> Matcher
						.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16)))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
