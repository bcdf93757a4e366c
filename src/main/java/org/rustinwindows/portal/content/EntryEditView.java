package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * An entry as the editor opens it.
 *
 * @param id the entry's id
 * @param version the version the editor's save must match
 * @param file the entry's content
 * @param status its state, including {@link EntryStatus#TRASHED}
 * @param document the content in the content-file format, as revisions keep it
 * @param updatedAt when it last changed
 * @param lastAuthor who saved the latest revision, if any was kept
 * @param revision the number of its latest revision, 0 before its first: what the editor
 * starts from, should someone else save meanwhile ({@link RevisionHistory#startingPoint})
 */
public record EntryEditView(long id, long version, EntryFile file, EntryStatus status, String document,
		Instant updatedAt, String lastAuthor, int revision) {

	/** The entry as it is saved now, with its latest revision's document and author. */
	static EntryEditView of(Entry entry, RevisionLog revisions) {
		return new EntryEditView(entry.getId(), entry.getVersion(), EntrySnapshot.of(entry), entry.getStatus(),
				revisions.document(entry), entry.getUpdatedAt(), revisions.lastAuthor(entry),
				revisions.latestNumber(entry));
	}

	public EntryKind kind() {
		return this.file.entry().kind();
	}

	public String url() {
		return kind().urlOf(this.file.entry().slug());
	}

}
