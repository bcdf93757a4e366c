package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the entries a test needs and removes them afterwards. Register it on the test
 * class with the prefix its entries' slugs start with:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static TestEntries entries = TestEntries.prefixed("test-feed-");
 *
 * long id = entries.article("first").tags("Kernel").publish();
 * </pre>
 *
 * Entries are written as an editor writes them (with a first revision), or
 * {@linkplain Draft#asWritten() as a content file describes them}. After each test, every
 * entry whose slug or title holds the prefix is deleted for good, including those made
 * through the admin pages; entries made before all tests are deleted after all of them. A
 * test whose transaction rolls back leaves nothing to delete.
 */
public final class TestEntries implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	private final String prefix;

	private ApplicationContext context;

	private TestEntries(String prefix) {
		this.prefix = prefix;
	}

	/** Entries whose slugs start with the prefix, which no seeded entry's does. */
	public static TestEntries prefixed(String prefix) {
		return new TestEntries(prefix);
	}

	/**
	 * Entries with the slugs given, for tests whose transactions roll back: nothing is
	 * left to delete.
	 */
	public static TestEntries rolledBack() {
		return new TestEntries(null);
	}

	/**
	 * An entry to build without saving, for tests of what is made of entries (the file
	 * format, the form).
	 */
	public static Draft entry(EntryKind kind, String slug) {
		return new Draft(null, kind, slug);
	}

	/** An entry to build from another, for a changed version of it. */
	public static Draft copyOf(NewEntry entry) {
		return copyOf(entry, null);
	}

	private static Draft copyOf(NewEntry entry, TestEntries entries) {
		return new Draft(entries, entry.kind(), entry.slug()).title(entry.title())
			.summary(entry.summary())
			.body(entry.bodyMarkdown())
			.publishedAt(entry.publishedAt())
			.updatedAt(entry.updatedAt())
			.eventDate(entry.eventDate())
			.position(entry.faqPosition())
			.tags(entry.tagNames())
			.sources(entry.sources());
	}

	/** The slug of this test's entry with the name. */
	public String slug(String name) {
		return (this.prefix != null) ? this.prefix + name : name;
	}

	public Draft article(String name) {
		return new Draft(this, EntryKind.ARTICLE, slug(name));
	}

	public Draft event(String name, String date) {
		return new Draft(this, EntryKind.TIMELINE, slug(name)).eventDate(EventDate.parse(date));
	}

	public Draft question(String name, int position) {
		return new Draft(this, EntryKind.FAQ, slug(name)).position(position);
	}

	public Draft of(EntryKind kind, String name) {
		return new Draft(this, kind, slug(name));
	}

	/** The entry as the editor opens it, with the version a save starts from. */
	public EntryEditView opened(EntryKind kind, long id) {
		return bean(EditorialDesk.class).edit(kind, id);
	}

	/**
	 * The entry as saved now, to change and {@linkplain Draft#update() save again} as an
	 * editor would.
	 */
	public Draft change(EntryKind kind, long id) {
		EntryEditView current = opened(kind, id);
		Draft draft = copyOf(current.file().entry(), this);
		draft.editing = current;
		return draft;
	}

	/** Writes an entry made elsewhere (a generator's), as written. */
	public long add(NewEntry entry) {
		return bean(EntryWriter.class).create(entry);
	}

	/**
	 * The ids of this test's entries of the kind, however they were made, newest first.
	 */
	public List<Long> ids(EntryKind kind) {
		return bean(EditorialDesk.class).list(kind, mine(), 1).items().stream().map(EntrySummary::id).toList();
	}

	/** How many entries this test has, of every kind and state but the trash. */
	public long count() {
		EditorialDesk desk = bean(EditorialDesk.class);
		return Arrays.stream(EntryKind.values()).mapToLong((kind) -> desk.list(kind, mine(), 1).totalItems()).sum();
	}

	private EntryFilter mine() {
		return new EntryFilter(null, null, this.prefix, null);
	}

	/** Moves the entry to the trash, as an editor does. */
	public EntrySummary trash(long id) {
		return bean(EntryLifecycle.class).trash(id, "test");
	}

	/** Deletes this test's entries whose slug starts with the name's, for good. */
	public void delete(String name) {
		deleteMatching(bean(EditorialDesk.class), bean(EntryLifecycle.class), slug(name));
	}

	/** Deletes every entry of this test for good, whatever its kind and state. */
	public void deleteAll() {
		if (this.prefix == null) {
			throw new IllegalStateException("Entries of a rolled-back test are never deleted");
		}
		deleteMatching(bean(EditorialDesk.class), bean(EntryLifecycle.class), this.prefix);
	}

	@Override
	public void beforeAll(ExtensionContext extension) {
		this.context = SpringExtension.getApplicationContext(outermostClass(extension));
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		this.context = SpringExtension.getApplicationContext(outermostClass(extension));
	}

	/**
	 * The test class around every nested one, whose context the tests run in: Spring
	 * looks for a nested class's configuration in the class that declares it, which for a
	 * contract's nested classes is the contract, not the class that runs them.
	 */
	private static ExtensionContext outermostClass(ExtensionContext extension) {
		ExtensionContext outermost = extension;
		for (Optional<ExtensionContext> around = Optional.of(extension); around
			.isPresent(); around = around.get().getParent()) {
			if (around.get().getTestClass().isPresent()) {
				outermost = around.get();
			}
		}
		return outermost;
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		if (this.prefix != null && !madeForTheWholeClass(extension)
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			deleteAll();
		}
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (this.prefix != null && this.context != null
				&& !extension.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
			deleteAll();
		}
	}

	/**
	 * Whether a class around the test shares one instance between its tests: its entries,
	 * made once before all of them, stay until the last one is done.
	 */
	private static boolean madeForTheWholeClass(ExtensionContext extension) {
		for (Optional<ExtensionContext> around = Optional.of(extension); around
			.isPresent(); around = around.get().getParent()) {
			if (around.get().getTestInstanceLifecycle().orElse(null) == Lifecycle.PER_CLASS) {
				return true;
			}
		}
		return false;
	}

	private <T> T bean(Class<T> type) {
		if (this.context == null) {
			throw new IllegalStateException("Register TestEntries on a Spring test class with @RegisterExtension");
		}
		return this.context.getBean(type);
	}

	/**
	 * Deletes for good every entry that the admin list's text filter finds for
	 * {@code text}, whatever its kind and state. The list leaves the trash out, so its
	 * first page is trashed until it is empty, however many pages there were.
	 */
	private static void deleteMatching(EditorialDesk desk, EntryLifecycle lifecycle, String text) {
		EntryFilter matching = new EntryFilter(null, null, text, null);
		for (EntryKind kind : EntryKind.values()) {
			List<EntrySummary> page = desk.list(kind, matching, 1).items();
			while (!page.isEmpty()) {
				page.forEach((entry) -> lifecycle.trash(entry.id(), "test"));
				page = desk.list(kind, matching, 1).items();
			}
		}
		lifecycle.emptyTrash("test");
	}

	/**
	 * One entry to write: every field has a default made from its slug, so a test says
	 * only what it is about.
	 */
	public static final class Draft {

		private final TestEntries entries;

		private final EntryKind kind;

		private String slug;

		private String title;

		private String summary;

		private String body;

		private Instant publishedAt;

		private Instant updatedAt;

		private EventDate eventDate;

		private Integer position;

		private List<String> tags = List.of();

		private List<SourceRef> sources = List.of();

		private List<EntryRef> related = List.of();

		private String editor = "test";

		private boolean asWritten;

		private EntryEditView editing;

		private Draft(TestEntries entries, EntryKind kind, String slug) {
			this.entries = entries;
			this.kind = kind;
			this.slug = slug;
			this.title = "Title " + slug;
			this.summary = "Summary of " + slug;
			this.body = "Body of " + slug;
			this.eventDate = (kind == EntryKind.TIMELINE) ? EventDate.parse("2024") : null;
			this.position = (kind == EntryKind.FAQ) ? 1 : null;
		}

		/** Another slug, for a copy that moves the entry to a new address. */
		public Draft slug(String slug) {
			this.slug = slug;
			return this;
		}

		public Draft title(String title) {
			this.title = title;
			return this;
		}

		public Draft summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Draft body(String body) {
			this.body = body;
			return this;
		}

		/** When it was or will be published; the editor's save time when not given. */
		public Draft publishedAt(Instant publishedAt) {
			this.publishedAt = publishedAt;
			return this;
		}

		public Draft updatedAt(Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		public Draft eventDate(EventDate eventDate) {
			this.eventDate = eventDate;
			return this;
		}

		public Draft eventDate(String eventDate) {
			return eventDate(EventDate.parse(eventDate));
		}

		public Draft position(Integer position) {
			this.position = position;
			return this;
		}

		public Draft tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		public Draft tags(List<String> tags) {
			this.tags = List.copyOf(tags);
			return this;
		}

		public Draft sources(SourceRef... sources) {
			this.sources = List.of(sources);
			return this;
		}

		public Draft sources(List<SourceRef> sources) {
			this.sources = List.copyOf(sources);
			return this;
		}

		public Draft related(EntryRef... related) {
			this.related = List.of(related);
			return this;
		}

		/** Who writes it, for its revisions and the audit log. */
		public Draft by(String editor) {
			this.editor = editor;
			return this;
		}

		/**
		 * Written as a content file or the seed describes it: dates and state as given,
		 * no revision, no links.
		 */
		public Draft asWritten() {
			this.asWritten = true;
			return this;
		}

		/**
		 * @return the new entry's id
		 */
		public long publish() {
			return save(EntryStatus.PUBLISHED);
		}

		/**
		 * @return the new entry's id
		 */
		public long draft() {
			return save(EntryStatus.DRAFT);
		}

		/**
		 * @return the new entry's id
		 */
		public long schedule(Instant at) {
			return publishedAt(at).save(EntryStatus.SCHEDULED);
		}

		/**
		 * @return the new entry's id
		 */
		public long save(EntryStatus status) {
			if (this.entries == null) {
				throw new IllegalStateException("Built without TestEntries: it can only be read, not saved");
			}
			EntryWriter writer = this.entries.bean(EntryWriter.class);
			return this.asWritten ? writer.create(entry(status)) : writer.create(file(status), this.editor);
		}

		/**
		 * Saves the changed entry over the version it was read at, in the state it is in.
		 * @see TestEntries#change(EntryKind, long)
		 */
		public EditOutcome update() {
			return update((this.editing != null) ? this.editing.status() : null);
		}

		/** Saves the changed entry over the version it was read at, in another state. */
		public EditOutcome update(EntryStatus status) {
			if (this.editing == null) {
				throw new IllegalStateException("Only an entry read with TestEntries.change can be updated");
			}
			return this.entries.bean(EntryWriter.class)
				.update(this.editing.id(), this.editing.version(), file(status), this.editor);
		}

		/**
		 * Saves the changed entry over the version it was read at, with a note to
		 * readers.
		 */
		public EditOutcome update(EntryStatus status, PublicNote note) {
			if (this.editing == null) {
				throw new IllegalStateException("Only an entry read with TestEntries.change can be updated");
			}
			return this.entries.bean(EntryWriter.class)
				.update(this.editing.id(), this.editing.version(), file(status), this.editor, note);
		}

		public NewEntry entry(EntryStatus status) {
			return new NewEntry(this.kind, this.slug, this.title, this.summary, this.body, status, this.publishedAt,
					this.updatedAt, this.eventDate, this.position, new ArrayList<>(this.tags),
					new ArrayList<>(this.sources));
		}

		public EntryFile file(EntryStatus status) {
			return new EntryFile(entry(status), this.related);
		}

	}

}
