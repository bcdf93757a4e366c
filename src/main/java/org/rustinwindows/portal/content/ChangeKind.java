package org.rustinwindows.portal.content;

import java.util.Locale;

/**
 * What a public change note says happened after publication.
 */
public enum ChangeKind {

	/** Something was wrong and has been put right. */
	CORRECTION("Correction"),

	/** Something new was added or has moved on. */
	UPDATE("Update"),

	/** A status item has a new record. */
	STATUS("Status");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

}
