package org.rustinwindows.portal.content;

/**
 * Whether an entry is visible to the public. Drafts never are.
 */
public enum EntryStatus {

	DRAFT, PUBLISHED

}
