package org.rustinwindows.portal.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.content.ChangeSubject;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.EditorMarkdown;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.PublicNote;
import org.rustinwindows.portal.content.Slugs;
import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourcePages;
import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on the board: describing items, recording how they stand, and importing
 * them from content files. Every save keeps a revision (the item's content file) and
 * tells the audit log; records are only ever added.
 */
@Service
@Transactional
public class StatusDesk {

	static final int TITLE_LENGTH = 300;

	static final int SUMMARY_LENGTH = 1000;

	static final int BODY_LENGTH = 50_000;

	private final StatusItemRepository items;

	private final StatusItemRevisionRepository revisions;

	private final StatusFileFormat format;

	private final EditorMarkdown markdown;

	private final EditorialDesk entries;

	private final SourceDesk sourceDesk;

	private final SourcePages sourcePages;

	private final ContentVersion contentVersion;

	private final ChangeNotes changeNotes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusDesk(StatusItemRepository items, StatusItemRevisionRepository revisions, StatusFileFormat format,
			EditorMarkdown markdown, EditorialDesk entries, SourceDesk sourceDesk, SourcePages sourcePages,
			ContentVersion contentVersion, ChangeNotes changeNotes, ApplicationEventPublisher events, Clock clock) {
		this.changeNotes = changeNotes;
		this.items = items;
		this.revisions = revisions;
		this.format = format;
		this.markdown = markdown;
		this.entries = entries;
		this.sourceDesk = sourceDesk;
		this.sourcePages = sourcePages;
		this.contentVersion = contentVersion;
		this.events = events;
		this.clock = clock;
	}

	/** Every item, by group and place, for the editors' list. */
	@Transactional(readOnly = true)
	public List<StatusItemSummary> list() {
		return this.items.findAllInOrder().stream().map(StatusItemSummary::of).toList();
	}

	/**
	 * An item as its editor opens it.
	 * @throws NotFoundException for an unknown id
	 */
	@Transactional(readOnly = true)
	public StatusItemEditView edit(long id) {
		StatusItem item = find(id);
		return new StatusItemEditView(item.getId(), item.getVersion(), item.text(),
				List.copyOf(this.entries.refsOf(item.getEntryIds()).values()), history(item));
	}

	/**
	 * Creates an item from the editor, with its first revision.
	 * @return its id
	 * @throws EntryRuleException when the text breaks a rule
	 */
	public long create(StatusItemText text, List<EntryRef> related, String editor) {
		StatusItemText clean = validate(text, null);
		StatusItem item = new StatusItem(clean.slug(), this.clock.instant());
		item.describe(clean, html(clean), entryIds(related, true), this.clock.instant());
		item = this.items.save(item);
		saved(item, editor, "Created", StatusItemChanged.Change.CREATED);
		return item.getId();
	}

	/**
	 * Saves the editor's description of an item, unless someone saved it since they
	 * opened it.
	 * @throws OptimisticLockingFailureException when it changed meanwhile
	 * @throws EntryRuleException when the text breaks a rule
	 */
	public void update(long id, long expectedVersion, StatusItemText text, List<EntryRef> related, String editor) {
		update(id, expectedVersion, text, related, editor, null);
	}

	/**
	 * Saves the editor's description as
	 * {@link #update(long, long, StatusItemText, List, String)} does, with a note to
	 * readers of what changed.
	 * @param note a correction or an update for readers, or {@code null}
	 * @throws EntryRuleException (field {@code changeNote}) for a note on an item not on
	 * the board yet, or a note without text
	 */
	public void update(long id, long expectedVersion, StatusItemText text, List<EntryRef> related, String editor,
			PublicNote note) {
		StatusItem item = find(id);
		require(note == null || !item.getChanges().isEmpty(), "changeNote",
				"Readers see change notes on items on the board only: record how it stands first.");
		if (item.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Status item " + id + " changed meanwhile");
		}
		StatusItemText clean = validate(text, id);
		Set<Long> entryIds = entryIds(related, true);
		if (clean.equals(item.text()) && entryIds.equals(item.getEntryIds())) {
			return;
		}
		item.describe(clean, html(clean), entryIds, this.clock.instant());
		this.items.saveAndFlush(item);
		saved(item, editor, "Edited", StatusItemChanged.Change.EDITED);
		if (note != null) {
			this.changeNotes.record(subject(item), note.kind(), note.note(), editor);
		}
	}

	/** What change notes of an item are filed under. */
	static ChangeSubject subject(StatusItem item) {
		return new ChangeSubject(subjectKey(item.getId()), "Status", item.getTitle(),
				StatusBoard.urlOf(item.getSlug()));
	}

	static String subjectKey(long itemId) {
		return "status-item:" + itemId;
	}

	/**
	 * Adds a record of how an item stands, citing its source (picked by title, or new).
	 * @throws EntryRuleException when the record breaks a rule
	 */
	public void record(long id, StatusChangeRecord record, String editor) {
		StatusItem item = find(id);
		StatusChangeRecord clean = validate(record);
		require(clean.source() != null, "source", "Name the source that says so.");
		long sourceId = this.sourceDesk.cite(clean.source());
		item.record(clean, sourceId, this.clock.instant(), editor);
		this.items.saveAndFlush(item);
		this.changeNotes.record(subject(item), ChangeKind.STATUS,
				clean.status().label() + " as of " + clean.on().display() + ": " + clean.note(), editor);
		saved(item, editor,
				"Recorded " + clean.status().label().toLowerCase(Locale.ROOT) + " as of " + clean.on().iso(),
				StatusItemChanged.Change.RECORDED);
	}

	/**
	 * Creates or updates an item as a content file describes it. Records the file has and
	 * the item lacks are added; none is ever removed. Seeding leaves an item the database
	 * has alone.
	 * @param replace whether an existing item takes the file's description
	 * @return whether anything was written
	 * @throws EntryRuleException when the file breaks a rule, such as a source that does
	 * not exist
	 */
	public boolean importItem(StatusFile file, String editor, boolean replace) {
		StatusItem item = this.items.findBySlug(file.text().slug()).orElse(null);
		if (item != null && !replace) {
			return false;
		}
		StatusItemText clean = validate(file.text(), (item != null) ? item.getId() : null);
		Set<Long> entryIds = entryIds(file.related(), false);
		List<ResolvedRecord> records = new ArrayList<>();
		for (StatusFile.Record record : file.history()) {
			long sourceId = this.sourceDesk.citeBySlug(record.source())
				.orElseThrow(() -> new EntryRuleException("history",
						"history cites source '" + record.source() + "', which does not exist: add it to sources/"));
			records.add(new ResolvedRecord(
					validate(new StatusChangeRecord(record.on(), record.status(), record.note(), null)), sourceId));
		}
		boolean created = item == null;
		boolean changed = created || !clean.equals(item.text()) || !entryIds.equals(item.getEntryIds());
		if (created) {
			item = new StatusItem(clean.slug(), this.clock.instant());
		}
		if (changed) {
			item.describe(clean, html(clean), entryIds, this.clock.instant());
		}
		for (ResolvedRecord record : records) {
			if (!has(item, record)) {
				item.record(record.record(), record.sourceId(), this.clock.instant(), editor);
				changed = true;
			}
		}
		if (!changed) {
			return false;
		}
		item = this.items.saveAndFlush(item);
		saved(item, editor, "Imported", StatusItemChanged.Change.IMPORTED);
		return true;
	}

	/** Every item as its content file reads, for exports. */
	@Transactional(readOnly = true)
	public List<StatusFile> files() {
		return this.items.findAllInOrder().stream().map(this::file).toList();
	}

	/** An item's revisions, newest first. */
	@Transactional(readOnly = true)
	public List<StatusItemRevisionView> revisions(long id) {
		find(id);
		return this.revisions.findByItemIdOrderByNumberDesc(id).stream().map(StatusItemRevisionView::of).toList();
	}

	/**
	 * @throws NotFoundException for an unknown item or revision
	 */
	@Transactional(readOnly = true)
	public StatusItemRevisionView revision(long id, int number) {
		return this.revisions.findByItemIdAndNumber(id, number)
			.map(StatusItemRevisionView::of)
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of status item " + id));
	}

	private StatusFile file(StatusItem item) {
		Map<Long, SourceCitation> sources = this.sourcePages
			.citations(item.getChanges().stream().map(StatusChange::getSourceId).toList());
		List<StatusFile.Record> history = item.getChanges()
			.stream()
			.map((change) -> new StatusFile.Record(change.getOn(), change.getStatus(),
					sources.get(change.getSourceId()).slug(), change.getNote()))
			.toList();
		List<EntryRef> related = this.entries.refsOf(item.getEntryIds())
			.values()
			.stream()
			.sorted(Comparator.comparing(EntryRef::toString))
			.toList();
		return new StatusFile(item.text(), related, history);
	}

	private List<StatusHistoryLine> history(StatusItem item) {
		Map<Long, SourceCitation> sources = this.sourcePages
			.citations(item.getChanges().stream().map(StatusChange::getSourceId).toList());
		List<StatusHistoryLine> lines = new ArrayList<>();
		for (StatusChange change : item.getChanges()) {
			lines.add(0, StatusHistoryLine.of(change, sources.get(change.getSourceId())));
		}
		return lines;
	}

	private void saved(StatusItem item, String editor, String note, StatusItemChanged.Change change) {
		int number = this.revisions.findLastNumber(item.getId()) + 1;
		this.revisions.save(new StatusItemRevision(item.getId(), number, this.clock.instant(), editor, note,
				this.format.write(file(item))));
		this.events.publishEvent(new StatusItemChanged(item.getSlug(), item.getTitle(), change, editor));
		this.contentVersion.advance();
	}

	private static boolean has(StatusItem item, ResolvedRecord record) {
		return item.getChanges()
			.stream()
			.anyMatch((change) -> change.getOn().equals(record.record().on())
					&& change.getStatus() == record.record().status() && change.getSourceId() == record.sourceId()
					&& change.getNote().equals(record.record().note()));
	}

	private Set<Long> entryIds(List<EntryRef> related, boolean strict) {
		Set<Long> ids = new LinkedHashSet<>();
		List<EntryRef> missing = new ArrayList<>();
		for (EntryRef ref : related) {
			Optional<Long> id = this.entries.idOf(ref.kind(), ref.slug());
			id.ifPresentOrElse(ids::add, () -> missing.add(ref));
		}
		require(!strict || missing.isEmpty(), "related", "No entry " + missing + " exists.");
		return ids;
	}

	private String html(StatusItemText text) {
		return this.markdown.html(text.bodyMarkdown(), "body");
	}

	private StatusItemText validate(StatusItemText text, Long self) {
		String slug = strip(text.slug());
		String title = strip(text.title());
		String summary = strip(text.summary());
		// Trailing blank lines mean nothing in Markdown; files end with one, forms may
		// not.
		String body = Objects.requireNonNullElse(text.bodyMarkdown(), "").stripTrailing();
		require(slug != null && Slugs.isValid(slug), "slug",
				"Use lower-case letters and digits joined by single hyphens, at most " + Slugs.MAX_LENGTH
						+ " characters.");
		require(title != null && title.length() <= TITLE_LENGTH, "title",
				"Give a title of at most " + TITLE_LENGTH + " characters.");
		require(summary != null && summary.length() <= SUMMARY_LENGTH, "summary",
				"Give a summary of at most " + SUMMARY_LENGTH + " characters.");
		require(body.length() <= BODY_LENGTH, "body", "Use at most " + BODY_LENGTH + " characters.");
		require(text.group() != null, "group", "Choose the group the item belongs to.");
		require(text.position() >= 1 && text.position() <= 1000, "position",
				"Give the item's place in its group, from 1 to 1000.");
		require(!ControlCharacters.inOneLine(title), "title", CONTROL_CHARACTERS);
		require(!ControlCharacters.inMultilineText(summary), "summary", CONTROL_CHARACTERS);
		require(!ControlCharacters.inMultilineText(body), "body", CONTROL_CHARACTERS);
		this.items.findBySlug(slug).filter((other) -> !other.getId().equals(self)).ifPresent((other) -> {
			throw new EntryRuleException("slug", "Another status item has this slug.");
		});
		return new StatusItemText(slug, title, text.group(), summary, body, text.position());
	}

	private StatusChangeRecord validate(StatusChangeRecord record) {
		require(record.on() != null, "on", "Give the day of the evidence: YYYY-MM-DD, or YYYY-MM or YYYY.");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		require(!record.on().date().isAfter(today.plusDays(1)) && record.on().date().getYear() >= 2000, "on",
				"Give a day from 2000 to today: evidence cannot come from the future.");
		require(record.status() != null, "status", "Choose a status.");
		String note = strip(record.note());
		require(note != null && note.length() <= StatusFileFormat.NOTE_LENGTH, "note",
				"Say in one line (at most " + StatusFileFormat.NOTE_LENGTH + " characters) what happened.");
		require(!ControlCharacters.inOneLine(note), "note", CONTROL_CHARACTERS);
		return new StatusChangeRecord(record.on(), record.status(), note, record.source());
	}

	private StatusItem find(long id) {
		return this.items.findById(id).orElseThrow(() -> NotFoundException.forId("status item", id));
	}

	private static String strip(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	private static void require(boolean condition, String field, String message) {
		if (!condition) {
			throw new EntryRuleException(field, message);
		}
	}

	private static final String CONTROL_CHARACTERS = "Remove the control characters (such as NUL or vertical tab)"
			+ " that were pasted in; they are not text.";

	private record ResolvedRecord(StatusChangeRecord record, long sourceId) {

	}

}
