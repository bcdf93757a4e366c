package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * One revision in an entry's history.
 *
 * @param number its number, from 1
 * @param author who saved it
 * @param createdAt when
 * @param note what kind of save it was
 */
public record RevisionSummary(int number, String author, Instant createdAt, String note) {

	static RevisionSummary of(EntryRevision revision) {
		return new RevisionSummary(revision.getNumber(), revision.getAuthor(), revision.getCreatedAt(),
				revision.getNote());
	}

}
