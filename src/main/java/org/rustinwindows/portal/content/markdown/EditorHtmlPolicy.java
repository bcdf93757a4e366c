package org.rustinwindows.portal.content.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What an editor's rendered Markdown may keep: the OWASP sanitizer's allow-list of the
 * elements and attributes the renderer itself produces (headings with their anchors,
 * tables, code blocks with their language, footnotes, task lists) and the inline HTML a
 * writer reaches for ({@code <kbd>}, {@code <sub>}, {@code <details>}). Everything else
 * goes, whoever wrote it: scripts, styles, forms, frames, SVG and MathML, event handlers,
 * {@code data-*} and htmx attributes. An editor's page is opened by admins, whose browser
 * would otherwise run the htmx attributes an editor planted in it.
 */
public final class EditorHtmlPolicy {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.:-]{0,199}");

	private static final Pattern CLASS_NAMES = Pattern.compile("[A-Za-z0-9_ -]{1,200}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

	/** Images come from the portal's own media library, never from another site. */
	private static final Pattern PORTAL_IMAGE = Pattern.compile("/media/[A-Za-z0-9_-]{1,100}\\.[a-z]{3,4}");

	/**
	 * Links to web and mail addresses, to the portal's own pages and to places on the
	 * page: a scheme other than http, https or mailto, or a control character, is
	 * refused.
	 */
	private static final Pattern LINK = Pattern.compile("(?i)(?:(?:https?://|mailto:)[^\\s\\p{Cntrl}]+"
			+ "|/(?!/)[^\\s\\p{Cntrl}]*|#[^\\s\\p{Cntrl}]*|[A-Za-z0-9_.-]+(?:/[^\\s\\p{Cntrl}]*)?)");

	private static final Pattern ALIGN = Pattern.compile("left|center|right");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "del", "s", "ins",
				"mark", "small", "sub", "sup", "kbd", "samp", "var", "abbr", "cite", "q", "code", "pre", "blockquote",
				"ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
				"figure", "figcaption", "details", "summary", "div", "span", "a", "img")
		// Task-list boxes are the only form control: shown, never submitted or changed.
		.allowElements((name, attributes) -> {
			if (!"checkbox".equals(value(attributes, "type"))) {
				return null;
			}
			// The sanitizer's list holds each attribute's name, then its value.
			attributes.add("disabled");
			attributes.add("disabled");
			return name;
		}, "input")
		// An image whose address was refused goes altogether: an img without src is
		// invalid.
		.allowElements((name, attributes) -> (value(attributes, "src") != null) ? name : null, "img")
		.allowAttributes("type")
		.matching(Pattern.compile("checkbox"))
		.onElements("input")
		.allowAttributes("checked", "aria-label")
		.onElements("input")
		.allowAttributes("id")
		.matching(IDENTIFIER)
		.globally()
		.allowAttributes("class")
		.matching(CLASS_NAMES)
		.globally()
		.allowAttributes("title")
		.globally()
		.allowAttributes("lang")
		.matching(Pattern.compile("[A-Za-z-]{2,20}"))
		.globally()
		.allowAttributes("href")
		.matching(LINK)
		.onElements("a")
		.allowAttributes("src")
		.matching(PORTAL_IMAGE)
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(NUMBER)
		.onElements("img")
		.allowAttributes("tabindex")
		.matching(Pattern.compile("0"))
		.onElements("pre")
		.allowAttributes("start")
		.matching(NUMBER)
		.onElements("ol")
		.allowAttributes("colspan", "rowspan")
		.matching(NUMBER)
		.onElements("th", "td")
		.allowAttributes("align")
		.matching(ALIGN)
		.onElements("th", "td")
		.allowAttributes("open")
		.onElements("details")
		.allowUrlProtocols("http", "https", "mailto")
		.toFactory();

	private EditorHtmlPolicy() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/**
	 * The value of an attribute that the attribute policies kept, from the sanitizer's
	 * name-value list.
	 */
	private static String value(List<String> attributes, String name) {
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			if (attributes.get(i).equals(name)) {
				return attributes.get(i + 1);
			}
		}
		return null;
	}

}
