package org.rustinwindows.portal.content;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.testsupport.QueryPlans;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listing reads its page from an index already in the page's order, so that its
 * cost does not grow with the number of entries (migration V6). H2 uses an index to sort
 * only when the ORDER BY matches it from the first column, so a changed sort or index
 * would silently bring back reading and sorting every entry: H2's own plan of each
 * listing query the catalog and the editors' lists send says whether it is "index
 * sorted".
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:listing-plans;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", QueryPlans.INSPECTOR_PROPERTY })
@Import(ContentTestConfiguration.class)
class ListingPlansH2Tests {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	private final ContentCatalog catalog;

	private final ReaderPages pages;

	private final EditorialDesk desk;

	private final DataSource dataSource;

	ListingPlansH2Tests(ContentCatalog catalog, ReaderPages pages, EditorialDesk desk, DataSource dataSource) {
		this.catalog = catalog;
		this.pages = pages;
		this.desk = desk;
		this.dataSource = dataSource;
	}

	@Test
	void everyListingReadsItsPageFromAnIndexInItsOrder() throws SQLException {
		for (int i = 1; i <= 3; i++) {
			Instant published = Instant.parse("2024-01-0" + i + "T00:00:00Z");
			entries.article("article-" + i)
				.title("Article " + i)
				.summary("Summary")
				.body("Body")
				.publishedAt(published)
				.tags("Common")
				.asWritten()
				.publish();
			entries.event("event-" + i, "202" + i)
				.title("Event " + i)
				.summary("Summary")
				.body("Body")
				.publishedAt(published)
				.tags("Common")
				.asWritten()
				.publish();
			entries.question("question-" + i, i)
				.title("Question " + i + "?")
				.summary("Summary")
				.body("Body")
				.publishedAt(published)
				.asWritten()
				.publish();
		}
		QueryPlans.clear();
		this.catalog.latestArticles(5);
		this.catalog.recentEvents(5);
		this.catalog.firstQuestions(5);
		this.pages.articles(1);
		this.pages.timeline(null, TimelineOrder.NEWEST, 1);
		this.pages.timeline(null, TimelineOrder.OLDEST, 1);
		this.pages.faq(1);
		this.pages.tag("common", 1);
		this.catalog.article("article-2");
		this.catalog.newest(null, null, 10);
		this.catalog.newest(EntryKind.ARTICLE, null, 10);
		this.desk.recentlyChanged(5);
		for (EntryFilter.Sort sort : EntryFilter.Sort.values()) {
			this.desk.list(EntryKind.ARTICLE, new EntryFilter(null, null, null, sort), 1);
			this.desk.list(EntryKind.ARTICLE, new EntryFilter(EntryStatus.PUBLISHED, null, null, sort), 1);
		}

		List<String> listings = QueryPlans.pagedReadsOf("entry");
		assertThat(listings).as("listing queries seen").hasSizeGreaterThanOrEqualTo(16);
		for (String sql : listings) {
			assertThat(QueryPlans.explain(this.dataSource, sql)).as(sql).contains("index sorted");
		}
	}

}
