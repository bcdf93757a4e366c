package org.rustinwindows.portal.content;

/**
 * Whether a save changed anything. A save that changes nothing keeps no revision.
 */
public enum SaveOutcome {

	SAVED, UNCHANGED

}
