package org.rustinwindows.portal.comments;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.QueryPlans;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation queue reads its page from an index in its order (V8), however many
 * comments wait: H2's own plan says so.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:moderation-plans;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.comments.secret=plan-test-key", QueryPlans.INSPECTOR_PROPERTY })
@Import(CommentStoreContract.CommentsAndContent.class)
class ModerationPlanH2Tests {

	private final CommentModeration moderation;

	private final DataSource dataSource;

	ModerationPlanH2Tests(CommentModeration moderation, DataSource dataSource) {
		this.moderation = moderation;
		this.dataSource = dataSource;
	}

	@Test
	void everyStateOfTheQueueIsReadFromAnIndexInItsOrder() throws SQLException {
		QueryPlans.clear();
		for (CommentStatus status : CommentStatus.values()) {
			this.moderation.list(status, 1);
		}
		List<String> reads = QueryPlans.pagedReadsOf("comment");
		assertThat(reads).as("queue reads seen").isNotEmpty();
		for (String sql : reads) {
			assertThat(QueryPlans.explain(this.dataSource, sql)).as(sql).contains("index sorted");
		}
	}

}
