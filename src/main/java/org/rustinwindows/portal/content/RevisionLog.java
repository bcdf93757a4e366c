package org.rustinwindows.portal.content;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Keeps a revision for every save. Entries that came from the content folder have none
 * until they are first edited; that edit first keeps the state it started from, so that
 * every change can be compared and undone.
 */
@Component
class RevisionLog {

	static final String BASELINE_NOTE = "State before the first edit in the portal";

	private final EntryRevisionRepository revisions;

	private final EntryFileFormat format;

	RevisionLog(EntryRevisionRepository revisions, EntryFileFormat format) {
		this.revisions = revisions;
		this.format = format;
	}

	String document(Entry entry) {
		return this.format.write(EntrySnapshot.of(entry));
	}

	void keepBaseline(Entry entry) {
		if (this.revisions.findFirstByEntryIdOrderByNumberDesc(entry.getId()).isEmpty()) {
			this.revisions.save(new EntryRevision(entry.getId(), 1, EntryChanged.PORTAL, entry.getUpdatedAt(),
					BASELINE_NOTE, document(entry)));
		}
	}

	void record(Entry entry, String author, Instant at, String note) {
		int next = this.revisions.findFirstByEntryIdOrderByNumberDesc(entry.getId())
			.map((latest) -> latest.getNumber() + 1)
			.orElse(1);
		this.revisions.save(new EntryRevision(entry.getId(), next, author, at, note, document(entry)));
	}

	/** The number of the entry's latest revision, 0 while it has none. */
	int latestNumber(Entry entry) {
		return this.revisions.findFirstByEntryIdOrderByNumberDesc(entry.getId())
			.map(EntryRevision::getNumber)
			.orElse(0);
	}

	String lastAuthor(Entry entry) {
		return this.revisions.findFirstByEntryIdOrderByNumberDesc(entry.getId())
			.map(EntryRevision::getAuthor)
			.orElse(null);
	}

}
