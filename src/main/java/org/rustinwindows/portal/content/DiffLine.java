package org.rustinwindows.portal.content;

/**
 * One line of a comparison between two texts.
 *
 * @param change whether the line is in both, only the older or only the newer text; or a
 * marker for unchanged lines left out
 * @param oldNumber its line number in the older text, or 0
 * @param newNumber its line number in the newer text, or 0
 * @param text the line
 */
public record DiffLine(Change change, int oldNumber, int newNumber, String text) {

	/**
	 * How a line differs.
	 */
	public enum Change {

		SAME, REMOVED, ADDED, SKIPPED

	}

}
