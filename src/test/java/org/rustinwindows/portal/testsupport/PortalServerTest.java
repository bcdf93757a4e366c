package org.rustinwindows.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, seeded from the repository's {@code content/} into
 * an in-memory database. Every class with this annotation shares one application context,
 * so the portal starts once per test run. Tests may drive it over HTTP or through
 * {@code MockMvcTester}; the account {@code admin} has the password
 * {@link #ADMIN_PASSWORD}. Its mail goes to the {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:portal-server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"portal.data-dir=target/test-data", "portal.seed.content-dir=content",
				"portal.admin.password=" + PortalServerTest.ADMIN_PASSWORD,
				// Addresses come from X-Forwarded-For when a local proxy (here: the test)
				// sends it.
				"server.forward-headers-strategy=native" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
public @interface PortalServerTest {

	String ADMIN_PASSWORD = "test-admin-password";

}
