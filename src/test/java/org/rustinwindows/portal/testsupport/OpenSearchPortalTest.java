package org.rustinwindows.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal as {@link PortalServerTest} starts it, but searching a shared
 * OpenSearch index ({@code portal.search.backend=opensearch}) on the server
 * {@link OpenSearchTestServer} chooses, under index names of this test run's own. Every
 * class with this annotation shares one application context; its in-memory database is
 * not {@link PortalServerTest}'s, so the two portals never meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfOpenSearchAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:portal-opensearch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"portal.data-dir=target/test-data-opensearch", "portal.seed.content-dir=content",
				"portal.admin.password=" + PortalServerTest.ADMIN_PASSWORD, "server.forward-headers-strategy=native",
				"portal.search.backend=opensearch" })
@ContextConfiguration(initializers = OpenSearchPortalTest.Server.class)
@AutoConfigureMockMvc
public @interface OpenSearchPortalTest {

	/** Points the portal at the test server, under names no earlier run used. */
	class Server implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("portal.search.uris=" + OpenSearchTestServer.url(),
						"portal.search.index-prefix=test-" + Long.toHexString(System.currentTimeMillis()) + "-")
				.applyTo(context);
		}

	}

}
