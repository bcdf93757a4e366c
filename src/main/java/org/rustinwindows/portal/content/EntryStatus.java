package org.rustinwindows.portal.content;

/**
 * Whether an entry is visible to the public. Only published entries are; a scheduled one
 * becomes published at its publication time, and a trashed one waits to be restored or
 * deleted for good.
 */
public enum EntryStatus {

	DRAFT("Draft"), SCHEDULED("Scheduled"), PUBLISHED("Published"), TRASHED("In the trash");

	private final String label;

	EntryStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
