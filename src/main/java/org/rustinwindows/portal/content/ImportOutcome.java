package org.rustinwindows.portal.content;

import java.util.List;

/**
 * What importing one content file did.
 *
 * @param result created, updated or unchanged
 * @param missingLinks related entries it names that do not exist (yet)
 */
public record ImportOutcome(Result result, List<EntryRef> missingLinks) {

	/**
	 * What happened to the entry.
	 */
	public enum Result {

		CREATED, UPDATED, UNCHANGED

	}

}
