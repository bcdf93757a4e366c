package org.rustinwindows.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rustinwindows.portal.content.markdown.MarkdownRefusedException;
import org.rustinwindows.portal.content.markdown.MarkdownRenderer;
import org.rustinwindows.portal.content.markdown.RenderedMarkdown;
import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, edits and links entries. Each call is one transaction that also keeps the
 * revision and publishes the {@link EntryChanged} event, so a failure never leaves half
 * an entry, an entry without its revision, or a change the audit log missed.
 */
@Service
@Transactional
public class EntryWriter {

	private final EntryRepository entries;

	private final TagRepository tags;

	private final EntryAliasRepository aliases;

	private final RevisionLog revisions;

	private final CitedSources citedSources;

	private final ChangeNotes changeNotes;

	private final MarkdownRenderer renderer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	@PersistenceContext
	private EntityManager entityManager;

	EntryWriter(EntryRepository entries, TagRepository tags, EntryAliasRepository aliases, RevisionLog revisions,
			CitedSources citedSources, ChangeNotes changeNotes, MarkdownRenderer renderer,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.tags = tags;
		this.aliases = aliases;
		this.revisions = revisions;
		this.citedSources = citedSources;
		this.changeNotes = changeNotes;
		this.renderer = renderer;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Transactional(readOnly = true)
	public boolean exists(EntryRef ref) {
		return this.entries.existsByKindAndSlug(ref.kind(), ref.slug());
	}

	/**
	 * Creates an entry as a content file describes it, without its links (see
	 * {@link #link}). Used for seeding.
	 * @return the new entry's id
	 * @throws IllegalArgumentException when the entry breaks a rule of the model
	 */
	public long create(NewEntry draft) {
		Entry entry = insert(draft, Mode.AS_WRITTEN);
		publish(entry, EntryChanged.Change.IMPORTED, EntryChanged.PORTAL);
		return entry.getId();
	}

	/**
	 * Creates an entry from the editor, with its links and its first revision.
	 * @return the new entry's id
	 * @throws EntryRuleException when the entry breaks a rule of the model
	 */
	public long create(EntryFile file, String editor) {
		Entry entry = insert(file.entry(), Mode.EDITOR);
		replaceLinks(entry, file.related(), true);
		this.revisions.record(entry, editor, this.clock.instant(), "Created");
		publish(entry, EntryChanged.Change.CREATED, editor);
		return entry.getId();
	}

	/**
	 * Saves the editor's version of an entry, unless someone else saved it since the
	 * editor opened it: seen from the version they started from, or, when two saves
	 * cross, from the optimistic lock when the second one commits. This call is its own
	 * transaction (or joins the caller's), so that a crossing save is caught here and
	 * answered as a conflict like any other.
	 * @param expectedVersion the version the editor started from
	 * @return saved, unchanged, or the conflict with the current version
	 * @throws NotFoundException when there is no such entry of the file's kind
	 * @throws EntryRuleException when the new version breaks a rule of the model
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public EditOutcome update(long id, long expectedVersion, EntryFile file, String editor) {
		return update(id, expectedVersion, file, editor, null);
	}

	/**
	 * Saves the editor's version of an entry as
	 * {@link #update(long, long, EntryFile, String)} does, with a note to readers of what
	 * changed, kept with the save.
	 * @param note a correction or an update for readers, or {@code null}
	 * @throws EntryRuleException (field {@code changeNote}) for a note on an entry that
	 * will not be published, or a note without text
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public EditOutcome update(long id, long expectedVersion, EntryFile file, String editor, PublicNote note) {
		try {
			return this.transaction.execute((status) -> saveEdit(id, expectedVersion, file, editor, note));
		}
		catch (OptimisticLockingFailureException ex) {
			return this.transaction
				.execute((status) -> new EditOutcome.Conflict(EntryEditView.of(find(id), this.revisions)));
		}
	}

	private EditOutcome saveEdit(long id, long expectedVersion, EntryFile file, String editor, PublicNote note) {
		Entry entry = this.entries.findById(id)
			.filter((found) -> found.getKind() == file.entry().kind())
			.orElseThrow(() -> NotFoundException.forId(file.entry().kind().label(), id));
		if (entry.getVersion() != expectedVersion) {
			return new EditOutcome.Conflict(EntryEditView.of(entry, this.revisions));
		}
		require(entry.getStatus() != EntryStatus.TRASHED, "status", "Restore this entry from the trash to edit it.");
		if (note != null) {
			require(file.entry().status() == EntryStatus.PUBLISHED, "changeNote",
					"Readers see change notes on published entries only: publish it, or leave the note out.");
			ChangeNotes.validate(note.note());
		}
		SaveOutcome outcome = save(entry, file, Mode.EDITOR, editor, "Edited", EntryChanged.Change.UPDATED);
		if (outcome == SaveOutcome.SAVED && note != null) {
			this.changeNotes.recordForEntry(entry, note.kind(), note.note(), editor);
		}
		return (outcome == SaveOutcome.SAVED) ? EditOutcome.SAVED : EditOutcome.UNCHANGED;
	}

	/**
	 * Brings back the content of an earlier revision as a new revision. The entry keeps
	 * its current state (draft, scheduled or published) and publication time.
	 */
	public SaveOutcome restore(long id, int revisionNumber, EntryFile earlier, String editor) {
		Entry entry = find(id);
		require(entry.getStatus() != EntryStatus.TRASHED, "status", "Restore this entry from the trash first.");
		NewEntry content = earlier.entry();
		NewEntry kept = new NewEntry(entry.getKind(), content.slug(), content.title(), content.summary(),
				content.bodyMarkdown(), entry.getStatus(), entry.getPublishedAt(), null, content.eventDate(),
				content.faqPosition(), content.tagNames(), content.sources());
		return save(entry, new EntryFile(kept, earlier.related()), Mode.EDITOR, editor,
				"Restored revision " + revisionNumber, EntryChanged.Change.REVISION_RESTORED);
	}

	/**
	 * Creates or updates an entry as an imported content file describes it, dates and
	 * state included. Links to entries that do not exist are left out and returned.
	 */
	public ImportOutcome importFile(EntryFile file, String editor) {
		NewEntry draft = file.entry();
		Entry entry = this.entries.findByKindAndSlug(draft.kind(), draft.slug()).orElse(null);
		if (entry == null) {
			entry = insert(draft, Mode.AS_WRITTEN);
			List<EntryRef> missing = replaceLinks(entry, file.related(), false);
			this.revisions.record(entry, editor, this.clock.instant(), "Imported");
			publish(entry, EntryChanged.Change.IMPORTED, editor);
			return new ImportOutcome(ImportOutcome.Result.CREATED, entry.getId(), missing);
		}
		require(entry.getStatus() != EntryStatus.TRASHED, "slug",
				"An entry in the trash has this slug; restore it or empty the trash first.");
		SaveOutcome outcome = save(entry, file, Mode.AS_WRITTEN, editor, "Imported", EntryChanged.Change.IMPORTED);
		return new ImportOutcome(
				(outcome == SaveOutcome.SAVED) ? ImportOutcome.Result.UPDATED : ImportOutcome.Result.UNCHANGED,
				entry.getId(), missingTargets(file.related()));
	}

	/**
	 * Writes out what the current transaction has changed so far and stops tracking it.
	 * Every lookup in a transaction first checks each entry the transaction holds for
	 * changes, so a transaction that writes many entries calls this after each one to
	 * keep those checks from growing with the entries written before.
	 */
	public void release() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	/**
	 * Adds explicit links from one entry to others.
	 * @return the targets that do not exist (and were not linked)
	 */
	public List<EntryRef> link(EntryRef from, List<EntryRef> targets) {
		Entry source = this.entries.findByKindAndSlug(from.kind(), from.slug())
			.orElseThrow(() -> new IllegalArgumentException("No entry " + from));
		List<EntryRef> missing = new ArrayList<>();
		for (EntryRef target : targets) {
			this.entries.findByKindAndSlug(target.kind(), target.slug())
				.ifPresentOrElse(source::linkTo, () -> missing.add(target));
		}
		return missing;
	}

	private Entry insert(NewEntry draft, Mode mode) {
		Instant now = this.clock.instant();
		validate(draft, null, mode, now);
		Entry entry = new Entry(draft.kind(), draft.slug(), now);
		apply(entry, draft, publication(null, draft, mode, now));
		entry = this.entries.save(entry);
		this.aliases.deleteById(new EntryAlias.Key(draft.kind(), draft.slug()));
		return entry;
	}

	private SaveOutcome save(Entry entry, EntryFile file, Mode mode, String editor, String note,
			EntryChanged.Change change) {
		Instant now = this.clock.instant();
		NewEntry draft = file.entry();
		require(draft.kind() == entry.getKind(), "kind", "An entry cannot change its kind.");
		validate(draft, entry.getId(), mode, now);
		Publication publication = publication(entry, draft, mode, now);
		EntryFile resolved = new EntryFile(new NewEntry(draft.kind(), draft.slug(), draft.title(), draft.summary(),
				draft.bodyMarkdown(), publication.status(), publication.publishedAt(), null, draft.eventDate(),
				draft.faqPosition(), draft.tagNames(), draft.sources()), file.related());
		if (EntrySnapshot.comparable(resolved).equals(EntrySnapshot.comparable(EntrySnapshot.of(entry)))) {
			return SaveOutcome.UNCHANGED;
		}
		this.revisions.keepBaseline(entry);
		if (!draft.slug().equals(entry.getSlug())) {
			moveSlug(entry, draft.slug());
		}
		apply(entry, draft, publication);
		replaceLinks(entry, file.related(), mode == Mode.EDITOR);
		this.entries.saveAndFlush(entry);
		this.revisions.record(entry, editor, now, note);
		publish(entry, change, editor);
		return SaveOutcome.SAVED;
	}

	private void apply(Entry entry, NewEntry draft, Publication publication) {
		RenderedMarkdown rendered = render(draft.bodyMarkdown());
		require(rendered.html().length() <= Limits.BODY_HTML && rendered.text().length() <= Limits.BODY_TEXT
				&& rendered.tocHtml().length() <= Limits.TOC_HTML, "body",
				"The body is too long once rendered; split it into several entries.");
		entry.write(draft.title().strip(), draft.summary().strip(), draft.bodyMarkdown(), rendered);
		switch (publication.status()) {
			case PUBLISHED -> entry.publish(publication.publishedAt(), publication.updatedAt());
			case SCHEDULED -> entry.schedule(publication.publishedAt(), publication.updatedAt());
			default -> entry.unpublish(publication.publishedAt(), publication.updatedAt());
		}
		if (draft.kind() == EntryKind.TIMELINE) {
			entry.placeOnTimeline(draft.eventDate());
		}
		if (draft.kind() == EntryKind.FAQ) {
			entry.placeInFaq(draft.faqPosition());
		}
		entry.replaceTags(tagsNamed(draft.tagNames()));
		entry.replaceSources(draft.sources().stream().map(this.citedSources::recordFor).distinct().toList());
	}

	/**
	 * State and dates after a save. From the editor, publishing keeps an earlier
	 * publication time, and every save is a change now; a file says all of it itself.
	 */
	private static Publication publication(Entry existing, NewEntry draft, Mode mode, Instant now) {
		if (mode == Mode.AS_WRITTEN) {
			Instant updated = (draft.updatedAt() != null) ? draft.updatedAt()
					: (draft.status() == EntryStatus.PUBLISHED) ? draft.publishedAt() : now;
			return new Publication(draft.status(), draft.publishedAt(), updated);
		}
		Instant earlier = (existing != null && existing.getPublishedAt() != null
				&& !existing.getPublishedAt().isAfter(now)) ? existing.getPublishedAt() : null;
		return switch (draft.status()) {
			case PUBLISHED -> new Publication(EntryStatus.PUBLISHED,
					(draft.publishedAt() != null) ? draft.publishedAt() : (earlier != null) ? earlier : now, now);
			case SCHEDULED -> new Publication(EntryStatus.SCHEDULED, draft.publishedAt(), now);
			default -> new Publication(EntryStatus.DRAFT, earlier, now);
		};
	}

	private void moveSlug(Entry entry, String newSlug) {
		if (entry.getStatus() == EntryStatus.PUBLISHED) {
			this.aliases.save(new EntryAlias(entry.getKind(), entry.getSlug(), entry.getId()));
		}
		this.aliases.deleteById(new EntryAlias.Key(entry.getKind(), newSlug));
		entry.changeSlug(newSlug);
	}

	private List<EntryRef> replaceLinks(Entry entry, List<EntryRef> targets, boolean strict) {
		entry.clearLinks();
		List<EntryRef> missing = new ArrayList<>();
		for (EntryRef target : targets) {
			this.entries.findByKindAndSlug(target.kind(), target.slug())
				.ifPresentOrElse(entry::linkTo, () -> missing.add(target));
		}
		require(!strict || missing.isEmpty(), "related", "No entry " + missing + " exists.");
		return missing;
	}

	private List<EntryRef> missingTargets(List<EntryRef> targets) {
		return targets.stream().filter((target) -> !exists(target)).toList();
	}

	private void validate(NewEntry draft, Long self, Mode mode, Instant now) {
		require(Slugs.isValid(draft.slug()), "slug",
				"Use lower-case letters and digits joined by single hyphens, at most " + Slugs.MAX_LENGTH
						+ " characters.");
		require(!isBlank(draft.title()) && draft.title().strip().length() <= Limits.TITLE, "title",
				"Give a title of at most " + Limits.TITLE + " characters.");
		require(!isBlank(draft.summary()) && draft.summary().strip().length() <= Limits.SUMMARY, "summary",
				"Give a summary of at most " + Limits.SUMMARY + " characters.");
		require(draft.bodyMarkdown() != null && draft.bodyMarkdown().length() <= Limits.BODY, "body",
				"The body may have at most " + Limits.BODY + " characters.");
		require(draft.status() != null && draft.status() != EntryStatus.TRASHED, "status",
				"Choose draft, published or scheduled.");
		require(draft.status() == EntryStatus.DRAFT || draft.publishedAt() != null
				|| mode == Mode.EDITOR && draft.status() == EntryStatus.PUBLISHED, "publishAt",
				"Give the publication time.");
		if (mode == Mode.EDITOR && draft.publishedAt() != null) {
			require(draft.status() != EntryStatus.SCHEDULED || draft.publishedAt().isAfter(now), "publishAt",
					"Choose a time in the future, or publish now.");
			require(draft.status() != EntryStatus.PUBLISHED || !draft.publishedAt().isAfter(now), "publishAt",
					"This time is in the future: choose Scheduled to publish then, or clear the time to publish now.");
		}
		require(draft.kind() != EntryKind.TIMELINE || draft.eventDate() != null, "eventDate",
				"Give the date of the event.");
		require(draft.kind() != EntryKind.FAQ || draft.faqPosition() != null && draft.faqPosition() >= 1
				&& draft.faqPosition() <= Limits.FAQ_POSITION, "faqPosition",
				"Give the question's place in the FAQ, from 1 to " + Limits.FAQ_POSITION + ".");
		require(draft.tagNames().size() <= Limits.TAGS, "tags", "Use at most " + Limits.TAGS + " tags.");
		for (String tag : draft.tagNames()) {
			require(!Slugs.from(tag).isEmpty() && tag.strip().length() <= Limits.TAG_NAME, "tags",
					"Tag '" + tag + "' needs letters or digits and at most " + Limits.TAG_NAME + " characters.");
		}
		require(draft.sources().size() <= Limits.SOURCES, "sources", "Use at most " + Limits.SOURCES + " sources.");
		for (SourceRef source : draft.sources()) {
			require(!isBlank(source.title()) && source.title().strip().length() <= Limits.SOURCE_TITLE, "sources",
					"Every source needs a title of at most " + Limits.SOURCE_TITLE + " characters.");
			require(source.url() == null || WebAddresses.isValid(source.url()), "sources",
					"Source '" + source.title() + "' needs an http or https address, or none.");
		}
		requireText(draft.title(), false, "title");
		requireText(draft.summary(), true, "summary");
		requireText(draft.bodyMarkdown(), true, "body");
		draft.tagNames().forEach((tag) -> requireText(tag, false, "tags"));
		draft.sources().forEach((source) -> {
			requireText(source.title(), false, "sources");
			requireText(source.url(), false, "sources");
		});
		this.entries.findByKindAndSlug(draft.kind(), draft.slug())
			.filter((other) -> !Objects.equals(other.getId(), self))
			.ifPresent((other) -> {
				throw new EntryRuleException("slug",
						(other.getStatus() == EntryStatus.TRASHED)
								? "An entry in the trash has this slug; restore it, or empty the trash first."
								: "Another " + draft.kind().label().toLowerCase(Locale.ROOT) + " has this slug.");
			});
	}

	private Set<Tag> tagsNamed(List<String> names) {
		Set<Tag> found = new LinkedHashSet<>();
		for (String name : names) {
			String slug = Slugs.from(name);
			found.add(this.tags.findBySlug(slug)
				.or(() -> this.tags.findByAlias(slug))
				.orElseGet(() -> this.tags.save(new Tag(slug, name.strip()))));
		}
		return found;
	}

	private RenderedMarkdown render(String markdown) {
		try {
			return this.renderer.render(markdown);
		}
		catch (MarkdownRefusedException ex) {
			throw new EntryRuleException("body", ex.getMessage());
		}
	}

	private void publish(Entry entry, EntryChanged.Change change, String actor) {
		this.events.publishEvent(EntryChanged.of(entry, change, actor));
	}

	private Entry find(long id) {
		return this.entries.findById(id).orElseThrow(() -> NotFoundException.forId("entry", id));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static void requireText(String text, boolean multiline, String field) {
		require(!(multiline ? ControlCharacters.inMultilineText(text) : ControlCharacters.inOneLine(text)), field,
				"Remove the control characters (such as NUL or vertical tab) that were pasted in; they are not text.");
	}

	private static void require(boolean condition, String field, String message) {
		if (!condition) {
			throw new EntryRuleException(field, message);
		}
	}

	/**
	 * Whether a save comes from the editor (times are now) or from a file (as written).
	 */
	private enum Mode {

		EDITOR, AS_WRITTEN

	}

	private record Publication(EntryStatus status, Instant publishedAt, Instant updatedAt) {

	}

}
