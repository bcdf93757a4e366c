package org.rustinwindows.portal.search;

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
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The full-text index as the analyzers cut the seeded content, and as it is rebuilt when
 * it cannot be trusted. The index is reached by the entity's name, as the search module
 * reaches it.
 */
@PortalServerTest
class SearchIndexTests {

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexOnStartup rebuilder;

	@Value("${portal.data-dir}/search-index")
	Path indexRoot;

	private final MockMvcTester mvc;

	SearchIndexTests(EntityManagerFactory entityManagerFactory, SearchIndexOnStartup rebuilder, MockMvcTester mvc) {
		this.entityManagerFactory = entityManagerFactory;
		this.rebuilder = rebuilder;
		this.mvc = mvc;
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
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
	}

	@Test
	void isRebuiltInTheBackgroundWhenEmpty() throws Exception {
		Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY).workspace().purge();
		assertThat(indexedCount()).isZero();
		assertThat(slugsMatching("KeBugCheckEx")).isEmpty();

		this.rebuilder.rebuildIfNeeded().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
		assertThat(segmentCount()).isOne();
	}

	/**
	 * As after a stop between a commit and its indexing: the entry is in the database,
	 * not in the index.
	 */
	@Test
	void isRebuiltInTheBackgroundWhenItLacksEntriesTheDatabaseHolds() throws Exception {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			Long id = entityManager.createQuery("select min(id) from " + EntryIndex.ENTITY, Long.class)
				.getSingleResult();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			plan.purge(EntryIndex.ENTITY, id, null);
			plan.execute();
		}
		assertThat(indexedCount()).isEqualTo(storedCount() - 1);

		this.rebuilder.rebuildIfNeeded().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(indexedCount()).isEqualTo(storedCount());
	}

	/**
	 * As after a crash between an edit's commit and its indexing: the database has the
	 * new title, the index the old one, and the same number of entries. The portal
	 * running now has the index open, so its marker is there, as a crashed portal leaves
	 * it.
	 */
	@Test
	void isRebuiltInTheBackgroundWhenThePortalLastStoppedWithoutClosingIt() throws Exception {
		String slug = "seh-and-panics-in-kernel-code";
		String title = titleWithoutIndexing(slug, "Unindexedword title");
		try {
			assertThat(slugsMatching("unindexedword")).isEmpty();
			// As a portal killed mid-write leaves its mark.
			Files.writeString(this.indexRoot.resolve("entry.open"), "2147483646 2020-01-01T00:00:00Z\n");
			this.rebuilder.open().toCompletableFuture().get(2, TimeUnit.MINUTES);
			assertThat(slugsMatching("unindexedword")).containsExactly(slug);
		}
		finally {
			titleWithoutIndexing(slug, title);
			this.rebuilder.open().toCompletableFuture().get(2, TimeUnit.MINUTES);
			assertThat(slugsMatching("KeBugCheckEx")).contains(slug);
		}
	}

	/** Changes an entry's title in the database alone, as a crash would leave it. */
	private String titleWithoutIndexing(String slug, String title) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			String before = (String) entityManager.createNativeQuery("select title from entry where slug = ?")
				.setParameter(1, slug)
				.getSingleResult();
			entityManager.createNativeQuery("update entry set title = ? where slug = ?")
				.setParameter(1, title)
				.setParameter(2, slug)
				.executeUpdate();
			entityManager.getTransaction().commit();
			return before;
		}
	}

	@Test
	void isRebuiltWhenAnAdminAsks() throws Exception {
		Search.mapping(this.entityManagerFactory).scope(Object.class, EntryIndex.ENTITY).workspace().purge();
		assertThat(this.mvc.get().uri("/admin/search-index").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Entries in the index", "another number of entries than the database");

		assertThat(this.mvc.post().uri("/admin/search-index/rebuild").with(user("admin").roles("ADMIN")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/search-index");
		this.rebuilder.rebuildNow().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(this.rebuilder.isRebuilding()).isFalse();
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
	}

	@Test
	void isRebuiltOnlyWhenAnAdminAsks() {
		assertThat(this.mvc.post().uri("/admin/search-index/rebuild").with(user("writer").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/search-index/rebuild").with(user("admin").roles("ADMIN")))
			.as("without the form's token")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void isLeftAloneWhenItCanBeTrusted() {
		assertThat(this.rebuilder.rebuildIfNeeded().toCompletableFuture()).isCompleted();
	}

	private int segmentCount() throws IOException {
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Object.class, EntryIndex.ENTITY)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			return reader.leaves().size();
		}
	}

	private List<String> slugsMatching(String fieldsQuery) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope(entityManager))
				.select((f) -> f.field(EntryIndex.SLUG, String.class))
				.where((f) -> f.bool()
					.must(f.simpleQueryString()
						.fields(EntryIndex.TITLE, EntryIndex.SUMMARY, EntryIndex.BODY, EntryIndex.TITLE_CODE,
								EntryIndex.SUMMARY_CODE, EntryIndex.BODY_CODE, EntryIndex.TAG_NAME,
								EntryIndex.SOURCE_TITLE)
						.matching(fieldsQuery)
						.defaultOperator(BooleanOperator.AND))
					.filter(f.match().field(EntryIndex.STATUS).matching(EntryIndex.PUBLISHED, ValueModel.INDEX)))
				.fetchHits(50);
		}
	}

	private long indexedCount() {
		return EntryCounts.indexed(this.entityManagerFactory);
	}

	private long storedCount() {
		return EntryCounts.stored(this.entityManagerFactory);
	}

	private static SearchScope<Object> scope(EntityManager entityManager) {
		return Search.session(entityManager).scope(Object.class, EntryIndex.ENTITY);
	}

}
