package org.rustinwindows.portal.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The frame every content file shares, whatever it describes: YAML front matter between
 * {@code ---} lines, then a Markdown body (empty for records that are all front matter).
 * Other modules' content files (the status board's) use it too.
 */
public final class FrontMatterText {

	private static final String DELIMITER = "---";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	private FrontMatterText() {
	}

	public static String write(Object frontMatter, String body) {
		return DELIMITER + "\n" + YAML.writeValueAsString(frontMatter) + DELIMITER + "\n"
				+ (body.isEmpty() || body.endsWith("\n") ? body : body + "\n");
	}

	/**
	 * Reads a file's front matter into the given type, and its body.
	 * @throws InvalidEntryFileException when the frame or the YAML is broken
	 */
	public static <T> Parsed<T> read(String text, Class<T> type) throws InvalidEntryFileException {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		if (!normalized.endsWith("\n")) {
			normalized = normalized + "\n";
		}
		if (!normalized.startsWith(DELIMITER + "\n")) {
			throw new InvalidEntryFileException("no front matter: the file must start with a '---' line");
		}
		int end = normalized.indexOf("\n" + DELIMITER + "\n", DELIMITER.length());
		if (end < 0) {
			throw new InvalidEntryFileException("front matter is not closed by a '---' line");
		}
		String yamlText = normalized.substring(DELIMITER.length() + 1, end + 1);
		String body = normalized.substring(end + DELIMITER.length() + 2).stripLeading();
		try {
			T matter = YAML.readValue(yamlText, type);
			if (matter == null) {
				throw new InvalidEntryFileException("front matter is empty");
			}
			return new Parsed<>(matter, body);
		}
		catch (JacksonException ex) {
			throw new InvalidEntryFileException("bad YAML in front matter: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * A field's value without its surrounding blanks.
	 * @throws InvalidEntryFileException when it is missing or blank
	 */
	public static String required(String value, String field) throws InvalidEntryFileException {
		if (value == null || value.isBlank()) {
			throw new InvalidEntryFileException(field + " is missing");
		}
		return value.strip();
	}

	/**
	 * A file read: its front matter and its body.
	 *
	 * @param <T> the front matter's type
	 * @param matter the front matter
	 * @param body the text after it
	 */
	public record Parsed<T>(T matter, String body) {

	}

}
