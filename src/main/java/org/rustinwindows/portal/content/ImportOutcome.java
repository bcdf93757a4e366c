package org.rustinwindows.portal.content;

import java.util.List;

/**
 * What importing one content file did.
 *
 * @param result created, updated or unchanged
 * @param entryId the entry the file describes
 * @param missingLinks related entries it names that do not exist (yet)
 */
public record ImportOutcome(Result result, long entryId, List<EntryRef> missingLinks) {

	/**
	 * What happened to the entry.
	 */
	public enum Result {

		CREATED, UPDATED, UNCHANGED

	}

}
