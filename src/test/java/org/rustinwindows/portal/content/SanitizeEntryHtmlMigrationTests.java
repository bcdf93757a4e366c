package org.rustinwindows.portal.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies stored before editors' HTML was sanitized are rendered again by the migration,
 * so a payload saved earlier does not survive the upgrade.
 */
class SanitizeEntryHtmlMigrationTests {

	private static final String URL = "jdbc:h2:mem:sanitize-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private static final String PAYLOAD = "Hello <div hx-get=\"/admin/users\" hx-trigger=\"load\">x</div>"
			+ "<script>alert(1)</script>";

	@Test
	void rendersEveryStoredBodyAgainThroughThePolicy() throws SQLException {
		Flyway.configure().dataSource(URL, "sa", "").target("9").load().migrate();
		try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
			for (int i = 0; i < 450; i++) {
				insertEntry(connection, "migrated-" + i, PAYLOAD + " " + i);
			}
		}

		Flyway.configure().dataSource(URL, "sa", "").load().migrate();

		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select body_html from entry")) {
			int count = 0;
			while (rows.next()) {
				assertThat(rows.getString(1)).startsWith("<p>Hello ")
					.doesNotContain("hx-get")
					.doesNotContain("<script")
					.contains("<div>x</div>");
				count++;
			}
			assertThat(count).isEqualTo(450);
		}
	}

	private static void insertEntry(Connection connection, String slug, String markdown) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into entry (kind, slug, title, title_sort,"
				+ " summary, body_markdown, body_html, body_text, toc_html, reading_minutes, status, updated_at,"
				+ " created_at, version) values ('ARTICLE', ?, 'T', 't', 'S', ?, ?, 'x', '', 1, 'DRAFT',"
				+ " current_timestamp, current_timestamp, 0)")) {
			insert.setString(1, slug);
			insert.setString(2, markdown);
			insert.setString(3, markdown);
			insert.executeUpdate();
		}
	}

}
