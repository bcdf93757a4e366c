package org.rustinwindows.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.OpenSearchPortalTest;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared OpenSearch index as it is checked at start-up and kept up with the database:
 * rebuilt when another mapping wrote it, mended in place when it holds other entries than
 * the database, and caught up with what a node killed between a commit and its indexing
 * left out.
 */
@OpenSearchPortalTest
class OpenSearchIndexTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-os-index-");

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexOnStartup startup;

	private final SearchIndexCatchUp catchUp;

	private final BulkIndexing bulkIndexing;

	private final TransactionTemplate transaction;

	private final OpenSearchIndexMeta fingerprints;

	OpenSearchIndexTests(EntityManagerFactory entityManagerFactory, SearchIndexOnStartup startup,
			SearchIndexCatchUp catchUp, BulkIndexing bulkIndexing, PlatformTransactionManager transactions) {
		this.entityManagerFactory = entityManagerFactory;
		this.startup = startup;
		this.catchUp = catchUp;
		this.bulkIndexing = bulkIndexing;
		this.transaction = new TransactionTemplate(transactions);
		this.fingerprints = new OpenSearchIndexMeta(new OpenSearchRequests(entityManagerFactory));
	}

	@Test
	void keepsItsFingerprintWithTheIndexAndIsRebuiltWhenAnotherMappingWroteIt() throws Exception {
		String current = this.fingerprints.read().orElseThrow();
		assertThat(current).matches("[0-9a-f]{64}");
		this.fingerprints.write("written-by-an-older-mapping");

		this.startup.rebuildIfNeeded().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(this.fingerprints.read()).contains(current);
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
	}

	/** As after a node stopped between a commit and its indexing. */
	@Test
	void isMendedInPlaceWhenItLacksAnEntryTheDatabaseHolds() throws Exception {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			Long id = entityManager.createQuery("select min(id) from " + EntryIndex.ENTITY, Long.class)
				.getSingleResult();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			plan.purge(EntryIndex.ENTITY, id, null);
			plan.execute();
		}
		assertThat(indexedCount()).isEqualTo(storedCount() - 1);

		assertThat(this.startup.rebuildIfNeeded().toCompletableFuture()).as("nothing left to run in the background")
			.isCompleted();
		assertThat(indexedCount()).isEqualTo(storedCount());
	}

	@Test
	void isMendedInPlaceWhenItHoldsAnEntryTheDatabaseNoLongerHas() {
		entries.article("gone").title("Vanishquark entry").summary("Summary.").body("Body.").publish();
		assertThat(slugsMatching("vanishquark")).containsExactly("test-os-index-gone");
		this.transaction.executeWithoutResult((status) -> {
			this.bulkIndexing.deferInCurrentTransaction();
			entries.delete("gone");
		});
		assertThat(indexedCount()).isEqualTo(storedCount() + 1);

		assertThat(this.catchUp.mend()).isTrue();
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("vanishquark")).isEmpty();
		assertThat(this.catchUp.mend()).as("nothing more to mend").isFalse();
	}

	/**
	 * As after a node was killed between an edit's commit and its indexing: the database
	 * has the new title, the index the old one, and the same number of entries.
	 */
	@Test
	void catchesUpWithEntriesChangedLately() {
		entries.article("edited").title("Plainword entry").summary("Summary.").body("Body.").publish();
		this.transaction.executeWithoutResult((status) -> {
			this.bulkIndexing.deferInCurrentTransaction();
			EntityManager entityManager = this.entityManagerFactory.createEntityManager();
			try {
				entityManager.joinTransaction();
				entityManager.createNativeQuery("update entry set title = ?, updated_at = ? where slug = ?")
					.setParameter(1, "Crashquark entry")
					.setParameter(2, Instant.now())
					.setParameter(3, "test-os-index-edited")
					.executeUpdate();
			}
			finally {
				entityManager.close();
			}
		});
		assertThat(slugsMatching("crashquark")).isEmpty();

		this.catchUp.pass();
		assertThat(slugsMatching("crashquark")).containsExactly("test-os-index-edited");
		assertThat(slugsMatching("plainword")).isEmpty();
	}

	/**
	 * In place, on the index every node searches: what it lacks is added, what the
	 * database no longer has removed, and it is never empty meanwhile.
	 */
	@Test
	void isWrittenAgainInPlaceWhenAnAdminAsks() throws Exception {
		entries.article("stray").title("Strayquark entry").summary("Summary.").body("Body.").publish();
		this.transaction.executeWithoutResult((status) -> {
			this.bulkIndexing.deferInCurrentTransaction();
			entries.delete("stray");
		});
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			Long id = entityManager.createQuery("select max(id) from " + EntryIndex.ENTITY, Long.class)
				.getSingleResult();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			plan.purge(EntryIndex.ENTITY, id, null);
			plan.execute();
		}

		this.startup.rebuildNow().toCompletableFuture().get(2, TimeUnit.MINUTES);
		assertThat(indexedCount()).isEqualTo(storedCount());
		assertThat(slugsMatching("strayquark")).isEmpty();
		assertThat(slugsMatching("KeBugCheckEx")).contains("seh-and-panics-in-kernel-code");
	}

	private List<String> slugsMatching(String query) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(scope(entityManager))
				.select((f) -> f.field(EntryIndex.SLUG, String.class))
				.where((f) -> f.simpleQueryString()
					.fields(EntryIndex.TITLE, EntryIndex.TITLE_CODE, EntryIndex.BODY, EntryIndex.BODY_CODE)
					.matching(query)
					.defaultOperator(BooleanOperator.AND))
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
