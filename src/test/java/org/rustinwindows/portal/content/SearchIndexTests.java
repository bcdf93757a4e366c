package org.rustinwindows.portal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text index as the mapping and analyzers build it from the seeded content, as
 * it follows changes, and as it is rebuilt when it cannot be trusted.
 */
@PortalServerTest
class SearchIndexTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntryWriter writer;

	@Autowired
	TagEditor tagEditor;

	@Autowired
	EditorialDesk desk;

	@Autowired
	EntryLifecycle lifecycle;

	@Autowired
	SearchIndexOnStartup rebuilder;

	@Autowired
	EntryRepository entries;

	@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}")
	Path indexRoot;

	@AfterEach
	void deleteTestEntries() {
		TestEntries.deleteMatching(this.desk, this.lifecycle, "test-search-");
	}

	@Test
	void followsEditsAndTagRenamesAndNeverFindsDrafts() {
		long id = this.writer.create(new EntryFile(new NewEntry(EntryKind.ARTICLE, "test-search-indexed", "Zephyrine",
				"Summary", "Body", EntryStatus.PUBLISHED, java.time.Instant.parse("2025-01-01T00:00:00Z"), null, null,
				null, List.of("Quixotic Testtag"), List.of()), List.of()), "test");
		assertThat(slugsMatching("zephyrine")).containsExactly("test-search-indexed");
		assertThat(slugsMatching("quixotic")).containsExactly("test-search-indexed");
		assertThat(slugsStartingWith("quixo")).containsExactly("test-search-indexed");

		this.tagEditor.rename("quixotic-testtag", "Whimsical Testtag", "test");
		assertThat(slugsMatching("whimsical")).containsExactly("test-search-indexed");
		assertThat(slugsMatching("quixotic")).isEmpty();
		assertThat(slugsStartingWith("whims")).containsExactly("test-search-indexed");
		assertThat(slugsStartingWith("quixo")).isEmpty();

		EntryEditView view = this.desk.edit(EntryKind.ARTICLE, id);
		NewEntry draft = view.file().entry();
		this.writer.update(id, view.version(),
				new EntryFile(
						new NewEntry(draft.kind(), draft.slug(), "Zephyrine", draft.summary(), draft.bodyMarkdown(),
								EntryStatus.DRAFT, null, null, null, null, draft.tagNames(), draft.sources()),
						List.of()),
				"test");
		assertThat(slugsMatching("zephyrine")).isEmpty();
	}

	/** Entries with a word starting so, as the prefix field holds them. */
	private List<String> slugsStartingWith(String start) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(Entry.class)
				.select((f) -> f.field("slug", String.class))
				.where((f) -> f.bool()
					.must(f.match().field(EntryIndex.TEXT_PREFIX).matching(start))
					.filter(f.match().field("status").matching(EntryStatus.PUBLISHED)))
				.fetchHits(50);
		}
	}

	private List<String> slugsMatching(String fieldsQuery) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(Entry.class)
				.select((f) -> f.field("slug", String.class))
				.where((f) -> f.bool()
					.must(f.simpleQueryString()
						.fields("title", "summary", "bodyText", "title_code", "summary_code", "bodyText_code",
								"tags.name", "sources.title")
						.matching(fieldsQuery)
						.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND))
					.filter(f.match().field("status").matching(EntryStatus.PUBLISHED)))
				.fetchHits(50);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			wdk-sys          | windows-drivers-rs-and-cargo-wdk
			wdk sys          | windows-drivers-rs-and-cargo-wdk
			WdkAllocator     | allocators-and-pool-tags
			allocator        | allocators-and-pool-tags
			KeBugCheckEx     | seh-and-panics-in-kernel-code
			bug check        | seh-and-panics-in-kernel-code
			"cargo wdk build" | windows-drivers-rs-and-cargo-wdk
			drivers          | windows-drivers-rs-and-cargo-wdk
			""")
	void findsCodeAsWrittenAndByItsPartsAndProseByItsStem(String query, String expectedSlug) {
		assertThat(slugsMatching(query)).contains(expectedSlug);
	}

	@Test
	void isRebuiltInTheBackgroundWhenItsMappingChanged() throws Exception {
		Path fingerprint = this.indexRoot.resolve("entry.mapping");
		String current = Files.readString(fingerprint).strip();
		assertThat(current).matches("[0-9a-f]{64}");
		Files.writeString(fingerprint, "written-by-an-older-mapping\n");

		CompletableFuture<?> rebuild = this.rebuilder.rebuildIfNeeded().toCompletableFuture();
		rebuild.get(2, TimeUnit.MINUTES);
		assertThat(Files.readString(fingerprint).strip()).isEqualTo(current);
		assertThat(indexedCount()).isEqualTo(this.entries.count());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
	}

	@Test
	void isRebuiltInTheBackgroundWhenEmpty() throws Exception {
		Search.mapping(this.entityManagerFactory).scope(Entry.class).workspace().purge();
		assertThat(indexedCount()).isZero();
		assertThat(slugsMatching("KeBugCheckEx")).isEmpty();

		this.rebuilder.rebuildIfNeeded().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(indexedCount()).isEqualTo(this.entries.count());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
		assertThat(segmentCount()).isOne();
	}

	@Test
	void isLeftAloneWhenItCanBeTrusted() {
		assertThat(this.rebuilder.rebuildIfNeeded().toCompletableFuture()).isCompleted();
	}

	private int segmentCount() throws IOException {
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Entry.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			return reader.leaves().size();
		}
	}

	private long indexedCount() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Entry.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
	}

}
