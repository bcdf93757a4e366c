package org.rustinwindows.portal.content;

/**
 * Someone saved the entry after the editor opened it. Nothing was written; the editor's
 * version and the saved one are both at hand to merge.
 */
public class EditConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient EntryEditView current;

	EditConflictException(EntryEditView current) {
		super("Entry " + current.id() + " changed since it was opened; it is now at version " + current.version());
		this.current = current;
	}

	/** The entry as it is saved now, with the version to merge against. */
	public EntryEditView current() {
		return this.current;
	}

}
