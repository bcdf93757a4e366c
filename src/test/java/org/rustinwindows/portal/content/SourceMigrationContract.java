package org.rustinwindows.portal.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that made shared records of the sources entries listed each for
 * themselves (V22 to V24): every citation survives, in its place, and identical ones
 * share a record.
 */
abstract class SourceMigrationContract {

	/** A database with nothing in it yet. */
	abstract Database emptyDatabase();

	@Test
	void everyCitationKeepsItsPlaceAndIdenticalOnesShareARecord() throws SQLException {
		Database database = emptyDatabase();
		Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.target("21")
			.load()
			.migrate();
		try (Connection connection = database.connect()) {
			long first = insertEntry(connection, "first");
			long second = insertEntry(connection, "second");
			long third = insertEntry(connection, "third");
			cite(connection, first, 0, "Thurrott.com: a report", null);
			cite(connection, first, 1, "The repository", "https://github.com/microsoft/windows-drivers-rs");
			cite(connection, first, 2, "Release notes", "https://example.org/v1");
			cite(connection, second, 0, "The repository", "https://github.com/microsoft/windows-drivers-rs");
			cite(connection, second, 1, "Thurrott.com: a report", null);
			cite(connection, second, 2, "Release notes", "https://example.org/v2");
			cite(connection, third, 0, "Thurrott.com: a report", "https://example.org/thurrott");
		}

		Flyway.configure().dataSource(database.url(), database.user(), database.password()).load().migrate();

		try (Connection connection = database.connect()) {
			assertThat(citations(connection, "first")).containsExactly(
					"thurrott-com-a-report|Thurrott.com: a report|null|REPORT",
					"the-repository|The repository|https://github.com/microsoft/windows-drivers-rs|PRIMARY",
					"release-notes|Release notes|https://example.org/v1|REPORT");
			assertThat(citations(connection, "second")).containsExactly(
					"the-repository|The repository|https://github.com/microsoft/windows-drivers-rs|PRIMARY",
					"thurrott-com-a-report|Thurrott.com: a report|null|REPORT",
					"release-notes-2|Release notes|https://example.org/v2|REPORT");
			assertThat(citations(connection, "third"))
				.containsExactly("thurrott-com-a-report-2|Thurrott.com: a report|https://example.org/thurrott|REPORT");
			try (ResultSet count = connection.createStatement().executeQuery("select count(*) from source")) {
				count.next();
				assertThat(count.getInt(1)).isEqualTo(5);
			}
		}
	}

	private static long insertEntry(Connection connection, String slug) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into entry (kind, slug, title, title_sort,"
				+ " summary, body_markdown, body_html, body_text, toc_html, reading_minutes, status, updated_at,"
				+ " created_at, version) values ('ARTICLE', ?, 'T', 't', 'S', 'B', '<p>B</p>', 'B', '', 1, 'DRAFT',"
				+ " current_timestamp, current_timestamp, 0)", new String[] { "id" })) {
			insert.setString(1, slug);
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private static void cite(Connection connection, long entryId, int position, String title, String url)
			throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into entry_source (entry_id, position, title, url) values (?, ?, ?, ?)")) {
			insert.setLong(1, entryId);
			insert.setInt(2, position);
			insert.setString(3, title);
			insert.setString(4, url);
			insert.executeUpdate();
		}
	}

	private static List<String> citations(Connection connection, String slug) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (PreparedStatement read = connection.prepareStatement("select s.slug, s.title, s.url, s.kind"
				+ " from entry e join entry_source es on es.entry_id = e.id join source s on s.id = es.source_id"
				+ " where e.slug = ? order by es.position")) {
			read.setString(1, slug);
			try (ResultSet result = read.executeQuery()) {
				while (result.next()) {
					rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
							+ result.getString(4));
				}
			}
		}
		return rows;
	}

	/**
	 * Where the migrations run.
	 *
	 * @param url its JDBC address
	 * @param user who connects
	 * @param password with what
	 */
	record Database(String url, String user, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

}
