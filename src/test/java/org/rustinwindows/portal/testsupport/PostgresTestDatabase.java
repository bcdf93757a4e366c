package org.rustinwindows.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the real PostgreSQL server that data-layer tests run against: a Testcontainers
 * container where a Docker engine answers, otherwise the throwaway server that
 * {@code .ci/run} starts and names in {@value #URL_VARIABLE} (with
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}).
 */
public final class PostgresTestDatabase {

	public static final String URL_VARIABLE = "PORTAL_TEST_POSTGRES_URL";

	public static final String USER_VARIABLE = "PORTAL_TEST_POSTGRES_USER";

	public static final String PASSWORD_VARIABLE = "PORTAL_TEST_POSTGRES_PASSWORD";

	/** Set by CI: a missing database must fail the run rather than skip the tests. */
	public static final String REQUIRED_VARIABLE = "PORTAL_TEST_POSTGRES_REQUIRED";

	private static final String IMAGE = "postgres:17-alpine";

	private static PostgreSQLContainer container;

	private PostgresTestDatabase() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static String configuredUrl() {
		String url = System.getenv(URL_VARIABLE);
		return (url == null || url.isBlank()) ? null : url;
	}

	static boolean required() {
		return Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE));
	}

	/**
	 * Points Spring's data source at the chosen server.
	 * @throws IllegalStateException when neither a Docker engine nor
	 * {@value #URL_VARIABLE} is available
	 */
	public static void register(DynamicPropertyRegistry registry) {
		if (dockerAvailable()) {
			PostgreSQLContainer running = container();
			registry.add("spring.datasource.url", running::getJdbcUrl);
			registry.add("spring.datasource.username", running::getUsername);
			registry.add("spring.datasource.password", running::getPassword);
			return;
		}
		String url = configuredUrl();
		if (url == null) {
			throw new IllegalStateException(
					"No PostgreSQL for the tests: no Docker engine answers and " + URL_VARIABLE + " is not set");
		}
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> envOr(USER_VARIABLE, "postgres"));
		registry.add("spring.datasource.password", () -> envOr(PASSWORD_VARIABLE, ""));
	}

	/**
	 * A new, empty database on the chosen server, for tests that start whole portals on
	 * it and so cannot roll back what they write.
	 * @return the properties that point a portal at it
	 */
	public static List<String> freshDatabase(String name) {
		Server server = server();
		execute("create database " + name);
		String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password());
	}

	/**
	 * Runs a statement on the chosen server, as the tests' user, outside any test
	 * database.
	 */
	public static void execute(String sql) {
		Server server = server();
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run on the test server: " + sql, ex);
		}
	}

	private static Server server() {
		if (dockerAvailable()) {
			PostgreSQLContainer running = container();
			return new Server(running.getJdbcUrl(), running.getUsername(), running.getPassword());
		}
		String url = configuredUrl();
		if (url == null) {
			throw new IllegalStateException(
					"No PostgreSQL for the tests: no Docker engine answers and " + URL_VARIABLE + " is not set");
		}
		return new Server(url, envOr(USER_VARIABLE, "postgres"), envOr(PASSWORD_VARIABLE, ""));
	}

	private record Server(String url, String user, String password) {

	}

	private static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer(IMAGE);
			container.start();
		}
		return container;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
