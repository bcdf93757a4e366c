package org.rustinwindows.portal.content;

/**
 * What became of an editor's save: written (or found to change nothing), or refused
 * because someone saved the entry since the editor opened it.
 */
public sealed interface EditOutcome {

	/** Saved, with a new revision. */
	EditOutcome SAVED = new Saved(SaveOutcome.SAVED);

	/** Nothing had changed, so nothing was written. */
	EditOutcome UNCHANGED = new Saved(SaveOutcome.UNCHANGED);

	/**
	 * The save went through, or had nothing to write.
	 *
	 * @param outcome whether anything changed
	 */
	record Saved(SaveOutcome outcome) implements EditOutcome {

	}

	/**
	 * Nothing was written: the entry has another version now. The editor's version and
	 * the saved one are both at hand to merge.
	 *
	 * @param current the entry as it is saved now, with the version to merge against
	 */
	record Conflict(EntryEditView current) implements EditOutcome {

	}

}
