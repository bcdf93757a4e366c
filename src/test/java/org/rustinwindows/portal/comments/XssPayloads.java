package org.rustinwindows.portal.comments;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rustinwindows.portal.testsupport.PayloadFiles;
import org.rustinwindows.portal.testsupport.SanitizedHtml;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payloads of {@code xss-payloads.txt}, and what "inert" means for sanitized HTML:
 * only the allowed elements, only {@code href} and {@code rel} on links, only web and
 * mail addresses in {@code href}, and no {@code <} outside a tag.
 */
final class XssPayloads {

	private static final Set<String> ELEMENTS = Set.of("p", "br", "em", "strong", "del", "code", "pre", "ul", "ol",
			"li", "blockquote", "hr", "a");

	private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:)[^\\s]*$");

	private XssPayloads() {
	}

	static List<String> all() {
		return PayloadFiles.read("/xss-payloads.txt");
	}

	static void assertInert(String html, String payload) {
		SanitizedHtml.assertEveryTag(html, payload, (tag) -> {
			assertThat(ELEMENTS).as("element <%s> from %s in %s", tag.name(), payload, html).contains(tag.name());
			assertThat(tag.attributes()).allSatisfy((attribute, value) -> {
				assertThat(tag.name()).as("attribute %s from %s in %s", attribute, payload, html).isEqualTo("a");
				if (attribute.equals("href")) {
					assertThat(HtmlUtils.htmlUnescape(value)).as("link from %s in %s", payload, html).matches(SAFE_URL);
				}
				else {
					assertThat(attribute).isEqualTo("rel");
					assertThat(value).isEqualTo("nofollow ugc noopener");
				}
			});
		});
	}

}
