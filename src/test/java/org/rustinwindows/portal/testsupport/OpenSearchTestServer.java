package org.rustinwindows.portal.testsupport;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Chooses the real OpenSearch node that search tests on the shared backend run against:
 * the one {@code .ci/run} starts and names in {@value #URL_VARIABLE}, or else a
 * Testcontainers container where a Docker engine answers.
 */
public final class OpenSearchTestServer {

	public static final String URL_VARIABLE = "PORTAL_TEST_OPENSEARCH_URL";

	/** Set by CI: a missing server must fail the run rather than skip the tests. */
	public static final String REQUIRED_VARIABLE = "PORTAL_TEST_OPENSEARCH_REQUIRED";

	/** The version {@code .ci/run} runs from Maven Central's jars. */
	private static final String IMAGE = "opensearchproject/opensearch:2.19.1";

	private static GenericContainer<?> container;

	private OpenSearchTestServer() {
	}

	static String configuredUrl() {
		String url = System.getenv(URL_VARIABLE);
		return (url == null || url.isBlank()) ? null : url;
	}

	static boolean required() {
		return Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE));
	}

	static boolean available() {
		return configuredUrl() != null || PostgresTestDatabase.dockerAvailable();
	}

	/**
	 * @return the server's address, for {@code portal.search.uris}
	 * @throws IllegalStateException when neither {@value #URL_VARIABLE} nor a Docker
	 * engine is available
	 */
	public static String url() {
		String url = configuredUrl();
		if (url != null) {
			return url;
		}
		if (!PostgresTestDatabase.dockerAvailable()) {
			throw new IllegalStateException(
					"No OpenSearch for the tests: " + URL_VARIABLE + " is not set and no Docker engine answers");
		}
		GenericContainer<?> running = container();
		return "http://" + running.getHost() + ":" + running.getMappedPort(9200);
	}

	private static synchronized GenericContainer<?> container() {
		if (container == null) {
			container = new GenericContainer<>(IMAGE).withEnv("discovery.type", "single-node")
				.withEnv("DISABLE_SECURITY_PLUGIN", "true")
				.withEnv("DISABLE_INSTALL_DEMO_CONFIG", "true")
				.withEnv("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx256m")
				.withExposedPorts(9200)
				.waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).withStartupTimeout(Duration.ofMinutes(3)));
			container.start();
		}
		return container;
	}

}
