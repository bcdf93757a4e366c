package org.rustinwindows.portal.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's body with every address in it absolute, as feed readers need it: they show
 * the body away from the portal, where {@code /media/…} or {@code #section} lead nowhere.
 * The body is the renderer's sanitized HTML, whose attributes are all quoted with double
 * quotes.
 */
final class AbsoluteLinks {

	/** A link or image address from the site's root: {@code /…}, not {@code //host/…}. */
	private static final Pattern FROM_ROOT = Pattern.compile("\\b(href|src)=\"/(?!/)");

	private static final Pattern FRAGMENT = Pattern.compile("\\bhref=\"#");

	private AbsoluteLinks() {
	}

	/**
	 * @param base the portal's address, without a trailing slash
	 * @param page the entry page's absolute address, for links within it
	 */
	static String in(String html, String base, String page) {
		String rooted = FROM_ROOT.matcher(html)
			.replaceAll((found) -> found.group(1) + "=\"" + Matcher.quoteReplacement(base) + "/");
		return FRAGMENT.matcher(rooted).replaceAll(Matcher.quoteReplacement("href=\"" + page + "#"));
	}

}
