package org.rustinwindows.portal.tracker;

import java.util.Locale;

/**
 * How the board is sorted: by group and place, or by the latest evidence, newest first.
 */
public enum BoardOrder {

	GROUP, CHANGED;

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws IllegalArgumentException for any other word
	 */
	public static BoardOrder fromWord(String word) {
		for (BoardOrder order : values()) {
			if (order.word().equalsIgnoreCase(word.strip())) {
				return order;
			}
		}
		throw new IllegalArgumentException("The board is sorted by group or changed.");
	}

}
