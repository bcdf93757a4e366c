package org.rustinwindows.portal.shared;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.PortalApplication;
import org.rustinwindows.portal.testsupport.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;

/**
 * Actuator's port set to the public one, as an operator might by mistake: Actuator then
 * shares the public server, and nothing is opened for being on "its" port, neither the
 * metrics nor any other page.
 */
class ManagementPortTests {

	@Test
	void actuatorsPortSetToThePublicOneOpensNothing(@TempDir Path dataDir) {
		int port = freePort();
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:management-port;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--server.port=" + port, "--management.server.port=" + port, "--portal.data-dir=" + dataDir,
				"--portal.seed.enabled=false")) {
			assertThat(portal.getEnvironment().getProperty("local.server.port")).isEqualTo(Integer.toString(port));
			PortalHttp http = new PortalHttp(port);
			assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
			assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(302);
			assertThat(http.get("/admin").statusCode()).isEqualTo(302);
			assertThat(http.get("/admin/users").statusCode()).isEqualTo(302);
		}
	}

}
