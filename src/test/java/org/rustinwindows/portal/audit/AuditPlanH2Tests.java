package org.rustinwindows.portal.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.QueryPlans;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log grows with every change; its pages, whole or for one person, read from an
 * index in their order (V8): H2's own plan says so.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:audit-plans;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", QueryPlans.INSPECTOR_PROPERTY })
@Import({ AuditLog.class, AuditPlanH2Tests.SystemClock.class })
class AuditPlanH2Tests {

	private final AuditLog log;

	private final DataSource dataSource;

	AuditPlanH2Tests(AuditLog log, DataSource dataSource) {
		this.log = log;
		this.dataSource = dataSource;
	}

	@Test
	void theLogIsReadFromAnIndexInItsOrderWholeOrForOnePerson() throws SQLException {
		QueryPlans.clear();
		this.log.page(null, 1);
		this.log.page("editor", 1);
		List<String> reads = QueryPlans.pagedReadsOf("audit_event");
		assertThat(reads).as("log reads seen").hasSize(2);
		for (String sql : reads) {
			assertThat(QueryPlans.explain(this.dataSource, sql)).as(sql).contains("index sorted");
		}
	}

	static class SystemClock {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
