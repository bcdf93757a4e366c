package org.rustinwindows.portal.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the HTML a sanitizer wrote, which is regular enough to take apart with patterns:
 * every tag with its double-quoted attributes, and the text between tags, which must hold
 * no {@code <} or {@code >} of its own. Tests then check each tag against their
 * allow-list.
 */
public final class SanitizedHtml {

	private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^\\s=]+)=\"([^\"<>]*)\"");

	private SanitizedHtml() {
	}

	/**
	 * Checks every tag of the HTML with the given check, and that nothing else in it
	 * could be a tag.
	 * @param from the input the HTML was made from, for the failure messages
	 */
	public static void assertEveryTag(String html, String from, Consumer<Tag> check) {
		Matcher tag = TAG.matcher(html);
		StringBuilder text = new StringBuilder();
		int end = 0;
		List<Tag> tags = new ArrayList<>();
		while (tag.find()) {
			text.append(html, end, tag.start());
			end = tag.end();
			tags.add(new Tag(tag.group(2), attributes(tag.group(3), html, from)));
		}
		text.append(html.substring(end));
		assertThat(text.toString()).as("text from %s in %s", from, html).doesNotContain("<", ">");
		tags.forEach(check);
	}

	private static Map<String, String> attributes(String text, String html, String from) {
		Matcher attribute = ATTRIBUTE.matcher(text);
		Map<String, String> found = new LinkedHashMap<>();
		int end = 0;
		while (attribute.find() && attribute.start() == end) {
			found.put(attribute.group(1), attribute.group(2));
			end = attribute.end();
		}
		assertThat(text.substring(end).strip()).as("unparsed attributes from %s in %s", from, html).isIn("", "/");
		return found;
	}

	/**
	 * One tag, opening or closing.
	 *
	 * @param name the element's name
	 * @param attributes its attributes by name, values as written
	 */
	public record Tag(String name, Map<String, String> attributes) {

	}

}
