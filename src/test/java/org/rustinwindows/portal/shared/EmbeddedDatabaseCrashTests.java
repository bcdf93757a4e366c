package org.rustinwindows.portal.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps every write it acknowledged when its process is killed: a
 * separate JVM commits rows one by one on the portal's own H2 URL and reports each
 * commit, is killed with SIGKILL mid-stream, and every reported row must be there
 * afterwards. With H2's default write delay the last half second of commits was lost.
 */
class EmbeddedDatabaseCrashTests {

	private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

	@TempDir
	Path dataDir;

	@Test
	void acknowledgedCommitsSurviveKillDashNine() throws Exception {
		String url = portalUrl(this.dataDir);
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table crash_probe (id int primary key, body varchar(4000) not null,"
					+ " status varchar(20) not null check (status in ('DRAFT', 'PUBLISHED')))");
		}
		Process writer = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
				CommittingWriter.class.getName(), url)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<Integer> acknowledged = new ArrayList<>();
		try (BufferedReader acks = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = acks.readLine()) != null) {
				acknowledged.add(Integer.parseInt(line.strip()));
			}
			writer.destroyForcibly();
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			writer.destroyForcibly();
		}
		assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(storedIds(url)).containsAll(acknowledged);
	}

	/** The portal's configured H2 URL with its data directory in the test's folder. */
	static String portalUrl(Path dataDir) throws IOException {
		Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:").contains("${portal.data-dir}");
		return url.replace("${portal.data-dir}", dataDir.toAbsolutePath().toString());
	}

	private static List<Integer> storedIds(String url) throws SQLException {
		List<Integer> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from crash_probe")) {
			while (rows.next()) {
				ids.add(rows.getInt(1));
			}
		}
		return ids;
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * Runs in the child JVM: commits one row at a time and prints its id once committed.
	 */
	static final class CommittingWriter {

		public static void main(String[] args) throws SQLException {
			try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
				try (PreparedStatement insert = connection
					.prepareStatement("insert into crash_probe (id, body, status) values (?, ?, 'PUBLISHED')")) {
					for (int id = 1; id < Integer.MAX_VALUE; id++) {
						insert.setInt(1, id);
						insert.setString(2, "row " + id + " ".repeat(1000));
						insert.executeUpdate();
						System.out.println(id);
						System.out.flush();
					}
				}
			}
		}

	}

}
