package org.rustinwindows.portal.tracker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.PublishedEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest things a returning reader may not have seen: entries published or updated,
 * corrections, updates and status records. The same list for every reader: each reader's
 * browser keeps when they were last here and picks what is newer.
 */
@Service
@Transactional(readOnly = true)
public class RecentChanges {

	/** How many of each kind are read; the list keeps the newest of them together. */
	static final int EACH = 30;

	/** Same-day touches of a new entry are part of its publication, not an update. */
	private static final Duration SETTLING = Duration.ofDays(1);

	private final ContentCatalog catalog;

	private final ChangeNotes notes;

	RecentChanges(ContentCatalog catalog, ChangeNotes notes) {
		this.catalog = catalog;
		this.notes = notes;
	}

	public List<RecentChange> newest() {
		List<RecentChange> changes = new ArrayList<>();
		for (PublishedEntry entry : this.catalog.newest(null, null, EACH)) {
			Instant published = entry.card().publishedAt();
			boolean updated = entry.updatedAt() != null && entry.updatedAt().isAfter(published.plus(SETTLING));
			changes.add(new RecentChange(updated ? entry.updatedAt() : published, updated ? "Updated" : "New",
					entry.card().kind().label(), entry.card().title(), entry.card().url()));
		}
		for (ChangeNoteView note : this.notes.newest(EACH)) {
			changes.add(new RecentChange(note.notedAt(), note.kind().label(), note.subjectLabel(),
					note.subjectTitle() + ": " + note.note(), note.subjectPath()));
		}
		changes.sort(Comparator.comparing(RecentChange::at).reversed());
		return changes.subList(0, Math.min(EACH, changes.size()));
	}

	/**
	 * One recent change, as {@code /changes/recent.json} lists it.
	 *
	 * @param at when it happened
	 * @param what "New", "Updated", "Correction", "Update" or "Status"
	 * @param label what the page is, such as "Article" or "Status"
	 * @param title what to show
	 * @param url the page
	 */
	public record RecentChange(Instant at, String what, String label, String title, String url) {

	}

}
