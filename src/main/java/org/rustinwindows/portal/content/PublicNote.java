package org.rustinwindows.portal.content;

/**
 * What an editor tells readers of a save: a correction or an update, in a sentence or
 * two.
 *
 * @param kind correction or update
 * @param note the text readers see
 */
public record PublicNote(ChangeKind kind, String note) {

	/**
	 * Reads a note as an edit form gives it.
	 * @param kind {@code correction}, {@code update}, or empty for a small edit readers
	 * need not hear of
	 * @param note the text
	 * @return the note, or {@code null} when the editor gave none
	 * @throws EntryRuleException (field {@code changeNote}) for a note without its kind
	 */
	public static PublicNote read(String kind, String note) {
		boolean noKind = kind == null || kind.isBlank();
		boolean noText = note == null || note.isBlank();
		if (noKind && noText) {
			return null;
		}
		ChangeKind chosen = switch (noKind ? "" : kind.strip()) {
			case "correction" -> ChangeKind.CORRECTION;
			case "update" -> ChangeKind.UPDATE;
			default -> throw new EntryRuleException("changeNote",
					"Say whether the note is a correction or an update, or clear it.");
		};
		return new PublicNote(chosen, note);
	}

}
