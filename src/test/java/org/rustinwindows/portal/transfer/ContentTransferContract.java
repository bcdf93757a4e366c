package org.rustinwindows.portal.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceFileFormat;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.tracker.StatusFile;
import org.rustinwindows.portal.tracker.StatusFileFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.rustinwindows.portal.transfer.TestZips.article;
import static org.rustinwindows.portal.transfer.TestZips.unzip;
import static org.rustinwindows.portal.transfer.TestZips.zipOfTexts;

/**
 * Export and import, run against each database the portal supports. Each test starts from
 * an empty database and rolls back.
 */
@Import(TransferTestConfiguration.class)
@Transactional
abstract class ContentTransferContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	private static final List<String> CONTENT_TABLES = List.of("status_item_revision", "status_item_entry",
			"status_change", "status_item", "entry_link", "entry_tag", "entry_source", "entry_revision", "entry_alias",
			"tag_alias", "entry", "tag", "source");

	@Autowired
	ContentDirectoryImporter seeder;

	@Autowired
	ContentExporter exporter;

	@Autowired
	ContentFileReader reader;

	@Autowired
	ContentImporter importer;

	@Autowired
	EntryLifecycle lifecycle;

	@Autowired
	EntryFileFormat format;

	@Autowired
	SourceFileFormat sourceFormat;

	@Autowired
	StatusFileFormat statusFormat;

	@Autowired
	EditorialDesk desk;

	@Autowired
	ReaderPages pages;

	@Autowired
	RevisionHistory history;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void emptyDatabase() {
		this.entityManager.flush();
		CONTENT_TABLES.forEach((table) -> this.entityManager.createNativeQuery("delete from " + table).executeUpdate());
		this.entityManager.clear();
	}

	private byte[] export() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.exporter.writeZip(bytes);
		return bytes.toByteArray();
	}

	private ImportReport importZip(byte[] archive) throws ArchiveRejectedException {
		ImportReport report = this.importer.importAll(this.reader.readZip(new ByteArrayInputStream(archive)),
				"importer", ImportProgress.NONE);
		this.entityManager.flush();
		this.entityManager.clear();
		return report;
	}

	private long create(String slug, EntryStatus status, Instant publishAt) {
		return entries.article(slug)
			.title("Title of " + slug)
			.body("Body with `code` & <b>markup</b>.\n")
			.publishedAt(publishAt)
			.tags("Kernel", "zeta")
			.sources(new SourceRef("A source", "https://example.org/a"), new SourceRef("A book", null))
			.by("editor")
			.save(status);
	}

	@Test
	void exportThenImportIntoAnEmptyDatabaseGivesTheSameContent() throws Exception {
		this.seeder.importMissing(Path.of("content"));
		create("a-draft", EntryStatus.DRAFT, null);
		create("a-scheduled-one", EntryStatus.SCHEDULED, Instant.parse("2026-03-01T09:30:00Z"));
		this.lifecycle.trash(create("a-trashed-one", EntryStatus.DRAFT, null), "editor");
		byte[] first = export();
		Map<String, String> files = unzip(first);
		assertThat(files).containsKeys("content/articles/a-draft.md", "content/articles/a-scheduled-one.md")
			.doesNotContainKey("content/articles/a-trashed-one.md");
		assertThat(files.get("content/articles/a-scheduled-one.md")).contains("status: scheduled")
			.contains("published: 2026-03-01T09:30:00Z");

		emptyDatabase();
		ImportReport report = importZip(first);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.unresolvedLinks()).isEmpty();
		long sourceFiles = files.keySet().stream().filter((name) -> name.startsWith("content/sources/")).count();
		long statusFiles = files.keySet().stream().filter((name) -> name.startsWith("content/status/")).count();
		assertThat(sourceFiles).isGreaterThanOrEqualTo(16);
		assertThat(statusFiles).isGreaterThanOrEqualTo(18);
		assertThat(report.sources()).isEqualTo(sourceFiles);
		assertThat(report.statusItems()).isEqualTo(statusFiles);
		assertThat(report.created()).hasSize((int) (files.size() - sourceFiles - statusFiles));
		assertThat(unzip(export())).isEqualTo(files);
		assertThat(this.desk.drafts(10)).extracting((entry) -> entry.slug()).containsExactly("a-draft");
		assertThat(this.desk.scheduled(10)).extracting((entry) -> entry.slug()).containsExactly("a-scheduled-one");

		ImportReport again = importZip(first);
		assertThat(again.unchanged()).hasSize((int) (files.size() - sourceFiles - statusFiles));
		assertThat(again.sources()).isZero();
		assertThat(again.statusItems()).isZero();
		assertThat(again.created()).isEmpty();
		assertThat(again.updated()).isEmpty();
	}

	@Test
	void exportSaysWhatTheRepositorysContentFilesSay() throws Exception {
		this.seeder.importMissing(Path.of("content"));
		Map<String, String> exported = unzip(export());
		int compared = 0;
		for (EntryKind kind : EntryKind.values()) {
			try (var paths = Files.list(Path.of("content", kind.pathSegment()))) {
				for (Path path : paths.filter((p) -> p.toString().endsWith(".md")).toList()) {
					EntryFile original = this.format.parse(kind, Files.readString(path, StandardCharsets.UTF_8));
					String name = "content/" + kind.pathSegment() + "/" + original.entry().slug() + ".md";
					assertThat(exported).as(name).containsKey(name);
					assertThat(normalized(this.format.parse(kind, exported.get(name)))).as(name)
						.isEqualTo(normalized(original));
					compared++;
				}
			}
		}
		try (var paths = Files.list(Path.of("content", "sources"))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".md")).toList()) {
				SourceDetails original = this.sourceFormat.parse(Files.readString(path, StandardCharsets.UTF_8));
				String name = "content/sources/" + original.slug() + ".md";
				assertThat(exported).as(name).containsKey(name);
				assertThat(this.sourceFormat.parse(exported.get(name))).as(name).isEqualTo(original);
				compared++;
			}
		}
		try (var paths = Files.list(Path.of("content", "status"))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".md")).toList()) {
				StatusFile original = this.statusFormat.parse(Files.readString(path, StandardCharsets.UTF_8));
				String name = "content/status/" + original.text().slug() + ".md";
				assertThat(exported).as(name).containsKey(name);
				StatusFile again = this.statusFormat.parse(exported.get(name));
				assertThat(again.text()).as(name).isEqualTo(original.text());
				assertThat(again.history()).as(name).isEqualTo(original.history());
				assertThat(again.related()).as(name).containsExactlyInAnyOrderElementsOf(original.related());
				compared++;
			}
		}
		assertThat(exported).hasSize(compared);
	}

	/** Tags and links in a fixed order: the database keeps them as sets. */
	private static EntryFile normalized(EntryFile file) {
		NewEntry e = file.entry();
		Instant updated = (e.updatedAt() != null) ? e.updatedAt() : e.publishedAt();
		return TestEntries.copyOf(e)
			.body(e.bodyMarkdown().strip())
			.updatedAt(updated)
			.tags(e.tagNames().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList())
			.related(file.related().stream().sorted(Comparator.comparing(EntryRef::toString)).toArray(EntryRef[]::new))
			.file(e.status());
	}

	@Test
	void reportsWhatWasCreatedUpdatedUnchangedAndRejectedWithReasons() throws Exception {
		importZip(zipOfTexts(
				Map.of("articles/kept.md", article("kept", ""), "articles/changed.md", article("changed", ""))));
		long trashed = create("in-the-trash", EntryStatus.DRAFT, null);
		this.lifecycle.trash(trashed, "editor");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("content/articles/kept.md", article("kept", ""));
		files.put("content/articles/changed.md", article("changed", "").replace("Title changed", "A new title"));
		files.put("content/articles/new.md", article("new", "tags: [Imported]\n"));
		files.put("content/articles/bad-yaml.md", "---\ntitle: [oops\n---\nBody\n");
		files.put("content/articles/long-summary.md",
				article("long-summary", "").replace("summary: Summary", "summary: " + "x".repeat(2000)));
		files.put("content/articles/in-the-trash.md", article("in-the-trash", ""));
		files.put("content/notes.txt", "not content");

		ImportReport report = importZip(zipOfTexts(files));

		assertThat(report.created()).containsExactly(new EntryRef(EntryKind.ARTICLE, "new"));
		assertThat(report.updated()).containsExactly(new EntryRef(EntryKind.ARTICLE, "changed"));
		assertThat(report.unchanged()).containsExactly(new EntryRef(EntryKind.ARTICLE, "kept"));
		Map<String, String> reasons = new LinkedHashMap<>();
		report.rejected().forEach((rejection) -> reasons.put(rejection.path(), rejection.reason()));
		assertThat(reasons).containsOnlyKeys("content/articles/bad-yaml.md", "content/articles/long-summary.md",
				"content/articles/in-the-trash.md", "content/notes.txt");
		assertThat(reasons.get("content/articles/bad-yaml.md")).startsWith("bad YAML");
		assertThat(reasons.get("content/articles/long-summary.md")).startsWith("Give a summary of at most");
		assertThat(reasons.get("content/articles/in-the-trash.md")).contains("in the trash");
		assertThat(reasons.get("content/notes.txt")).startsWith("not a content file");

		assertThat(this.pages.article("changed").article().title()).isEqualTo("A new title");
		assertThat(this.pages.tag("imported", 1).entries().items()).extracting(EntryCard::slug).containsExactly("new");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.pages.article("long-summary"));
		long changedId = this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, "A new title", null), 1)
			.items()
			.get(0)
			.id();
		assertThat(this.history.list(changedId)).first().satisfies((revision) -> {
			assertThat(revision.author()).isEqualTo("importer");
			assertThat(revision.note()).isEqualTo("Imported");
		});
	}

	@Test
	void linksFilesToEntriesLaterInTheArchiveAndReportsTheOnesThatDoNotExist() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("articles/a-first.md", article("a-first", "related: [faq/z-later, timeline/nowhere]\n"));
		files.put("faq/z-later.md",
				"---\ntitle: Later?\nslug: z-later\nsummary: S\npublished: 2024-01-01\norder: 1\n---\nYes.\n");

		ImportReport report = importZip(zipOfTexts(files));

		assertThat(report.created()).hasSize(2);
		assertThat(report.unresolvedLinks()).containsExactly(new ImportReport.UnresolvedLink(
				new EntryRef(EntryKind.ARTICLE, "a-first"), new EntryRef(EntryKind.TIMELINE, "nowhere")));
		assertThat(this.pages.article("a-first").article().linked()).extracting(EntryCard::slug)
			.containsExactly("z-later");
	}

}
