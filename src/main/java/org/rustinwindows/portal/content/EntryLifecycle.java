package org.rustinwindows.portal.content;

import java.time.Clock;
import java.util.List;

import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves entries between states outside the edit form: into and out of the trash, out of
 * existence, and from scheduled to published when their time comes.
 */
@Service
@Transactional
public class EntryLifecycle {

	private final EntryRepository entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EntryLifecycle(EntryRepository entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	/** Takes an entry off the site into the trash, from where it can be restored. */
	public EntrySummary trash(long id, String editor) {
		return trash(find(id), editor);
	}

	/**
	 * Moves an entry of the kind to the trash, as {@link #trash(long, String)} does.
	 * @throws NotFoundException when there is no such entry of that kind
	 */
	public EntrySummary trash(EntryKind kind, long id, String editor) {
		return trash(this.entries.findById(id)
			.filter((found) -> found.getKind() == kind)
			.orElseThrow(() -> NotFoundException.forId(kind.label(), id)), editor);
	}

	private EntrySummary trash(Entry entry, String editor) {
		if (entry.getStatus() != EntryStatus.TRASHED) {
			entry.moveToTrash(this.clock.instant());
			publish(entry, EntryChanged.Change.TRASHED, editor);
		}
		return EntrySummary.of(entry);
	}

	/** Brings an entry back from the trash in the state it had. */
	public EntrySummary restore(long id, String editor) {
		Entry entry = find(id);
		if (entry.getStatus() == EntryStatus.TRASHED) {
			entry.restoreFromTrash();
			publish(entry, EntryChanged.Change.RESTORED, editor);
		}
		return EntrySummary.of(entry);
	}

	/**
	 * Deletes every entry in the trash for good, with its revisions, aliases and links.
	 * @return how many were deleted
	 */
	public int emptyTrash(String admin) {
		List<Entry> trashed = this.entries.findByStatus(EntryStatus.TRASHED);
		for (Entry entry : trashed) {
			publish(entry, EntryChanged.Change.DELETED, admin);
			this.entries.delete(entry);
		}
		return trashed.size();
	}

	/**
	 * Publishes every scheduled entry whose time has come.
	 * @return how many were published
	 */
	public int publishDue() {
		List<Entry> due = this.entries.findByStatusAndPublishedAtLessThanEqual(EntryStatus.SCHEDULED,
				this.clock.instant());
		for (Entry entry : due) {
			entry.publishAsScheduled();
			publish(entry, EntryChanged.Change.PUBLISHED_ON_SCHEDULE, EntryChanged.PORTAL);
		}
		return due.size();
	}

	private Entry find(long id) {
		return this.entries.findById(id).orElseThrow(() -> NotFoundException.forId("entry", id));
	}

	private void publish(Entry entry, EntryChanged.Change change, String actor) {
		this.events.publishEvent(EntryChanged.of(entry, change, actor));
	}

}
