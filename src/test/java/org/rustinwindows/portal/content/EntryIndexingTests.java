package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text index as it follows changes: edits, tag renames, and entries leaving it
 * when they go back to draft.
 */
@PortalServerTest
class EntryIndexingTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-search-");

	private final EntityManagerFactory entityManagerFactory;

	private final TagEditor tagEditor;

	EntryIndexingTests(EntityManagerFactory entityManagerFactory, TagEditor tagEditor) {
		this.entityManagerFactory = entityManagerFactory;
		this.tagEditor = tagEditor;
	}

	@Test
	void followsEditsAndTagRenamesAndNeverFindsDrafts() {
		long id = entries.article("indexed")
			.title("Zephyrine")
			.publishedAt(Instant.parse("2025-01-01T00:00:00Z"))
			.tags("Quixotic Testtag")
			.publish();
		assertThat(slugsMatching("zephyrine")).containsExactly("test-search-indexed");
		assertThat(slugsMatching("quixotic")).containsExactly("test-search-indexed");
		assertThat(slugsStartingWith("quixo")).containsExactly("test-search-indexed");

		this.tagEditor.rename("quixotic-testtag", "Whimsical Testtag", "test");
		assertThat(slugsMatching("whimsical")).containsExactly("test-search-indexed");
		assertThat(slugsMatching("quixotic")).isEmpty();
		assertThat(slugsStartingWith("whims")).containsExactly("test-search-indexed");
		assertThat(slugsStartingWith("quixo")).isEmpty();

		entries.change(EntryKind.ARTICLE, id).publishedAt(null).updatedAt(null).update(EntryStatus.DRAFT);
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

}
