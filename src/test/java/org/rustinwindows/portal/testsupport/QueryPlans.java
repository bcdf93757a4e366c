package org.rustinwindows.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * What H2 plans for the statements Hibernate sends: a test context that sets
 * {@link #INSPECTOR_PROPERTY} records every statement, and a test asks H2 to explain the
 * ones it cares about. Paged lists must say "index sorted": read from an index in their
 * order, instead of reading and sorting every row.
 */
public final class QueryPlans {

	/** For {@code @TestPropertySource}: records every statement in {@link Recorder}. */
	public static final String INSPECTOR_PROPERTY = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
			+ "org.rustinwindows.portal.testsupport.QueryPlans$Recorder";

	private QueryPlans() {
	}

	public static void clear() {
		Recorder.STATEMENTS.clear();
	}

	/** The recorded paged reads of a table: the statements with ORDER BY and a limit. */
	public static List<String> pagedReadsOf(String table) {
		return Recorder.STATEMENTS.stream()
			.map((sql) -> sql.toLowerCase(Locale.ROOT))
			.filter((sql) -> sql.contains(" from " + table + " ") && sql.contains(" order by ")
					&& sql.contains(" fetch first "))
			.distinct()
			.toList();
	}

	/** H2's plan for a statement, its parameters left unbound. */
	public static String explain(DataSource dataSource, String sql) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (PreparedStatement explain = connection.prepareStatement("explain " + sql);
				ResultSet plan = explain.executeQuery()) {
			List<String> lines = new ArrayList<>();
			while (plan.next()) {
				lines.add(plan.getString(1));
			}
			return String.join("\n", lines);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Keeps every statement Hibernate sends. */
	public static class Recorder implements StatementInspector {

		static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

		@Override
		public String inspect(String sql) {
			STATEMENTS.add(sql);
			return sql;
		}

	}

}
