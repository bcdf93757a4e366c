package org.rustinwindows.portal.shared;

/**
 * Characters that are not text: C0 and C1 control characters, NUL among them. PostgreSQL
 * refuses NUL, and XML 1.0 refuses most of the others, so a feed with one in a title
 * would fail for every subscriber. Editors' and readers' input is refused when it carries
 * them (tab and line breaks aside, where a field may span lines); what is already stored
 * is written to XML without them.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text has a control character other than a tab or line break. */
	public static boolean inMultilineText(String text) {
		return text != null && text.chars().anyMatch((c) -> Character.isISOControl(c) && !isLineSpace(c));
	}

	/** Whether the text has any control character, tabs and line breaks included. */
	public static boolean inOneLine(String text) {
		return text != null && text.chars().anyMatch(Character::isISOControl);
	}

	/** The text without the characters XML 1.0 does not allow. */
	public static String removedForXml(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (isXmlCharacter(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean isXmlCharacter(char c) {
		return (c >= 0x20 && c <= 0xD7FF) || isLineSpace(c) || (c >= 0xE000 && c <= 0xFFFD);
	}

	private static boolean isLineSpace(int c) {
		return c == '\t' || c == '\n' || c == '\r';
	}

}
