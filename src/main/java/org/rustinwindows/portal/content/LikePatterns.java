package org.rustinwindows.portal.content;

import java.util.Locale;

/**
 * LIKE patterns for "contains", with the text's own wildcards escaped by a backslash
 * (queries using them declare {@code escape '\'}).
 */
final class LikePatterns {

	private LikePatterns() {
	}

	/** A lower-case pattern matching any text that contains this one. */
	static String containing(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

}
