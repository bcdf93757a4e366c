package org.rustinwindows.portal.comments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rustinwindows.portal.testsupport.PayloadFiles;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payloads of {@code xss-payloads.txt}, and what "inert" means for sanitized HTML:
 * only the allowed elements, only {@code href} and {@code rel} on links, only web and
 * mail addresses in {@code href}, and no {@code <} outside a tag.
 */
final class XssPayloads {

	private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^\\s=]+)=\"([^\"<>]*)\"");

	private static final Set<String> ELEMENTS = Set.of("p", "br", "em", "strong", "del", "code", "pre", "ul", "ol",
			"li", "blockquote", "hr", "a");

	private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:)[^\\s]*$");

	private XssPayloads() {
	}

	static List<String> all() {
		return PayloadFiles.read("/xss-payloads.txt");
	}

	static void assertInert(String html, String payload) {
		Matcher tag = TAG.matcher(html);
		StringBuilder text = new StringBuilder();
		int end = 0;
		while (tag.find()) {
			text.append(html, end, tag.start());
			end = tag.end();
			String name = tag.group(2);
			assertThat(ELEMENTS).as("element <%s> from %s in %s", name, payload, html).contains(name);
			assertThat(attributes(tag.group(3), html, payload)).allSatisfy((attribute, value) -> {
				assertThat(name).as("attribute %s from %s in %s", attribute, payload, html).isEqualTo("a");
				if (attribute.equals("href")) {
					assertThat(HtmlUtils.htmlUnescape(value)).as("link from %s in %s", payload, html).matches(SAFE_URL);
				}
				else {
					assertThat(attribute).isEqualTo("rel");
					assertThat(value).isEqualTo("nofollow ugc noopener");
				}
			});
		}
		text.append(html.substring(end));
		assertThat(text.toString()).as("text from %s in %s", payload, html).doesNotContain("<", ">");
	}

	private static Map<String, String> attributes(String text, String html, String payload) {
		Matcher attribute = ATTRIBUTE.matcher(text);
		java.util.LinkedHashMap<String, String> found = new java.util.LinkedHashMap<>();
		int end = 0;
		while (attribute.find() && attribute.start() == end) {
			found.put(attribute.group(1), attribute.group(2));
			end = attribute.end();
		}
		assertThat(text.substring(end).strip()).as("unparsed attributes from %s in %s", payload, html).isIn("", "/");
		return found;
	}

}
