package org.rustinwindows.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on a new database of a real PostgreSQL server, as they run in production.
 */
@EnabledIfPostgresAvailable
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresTests extends TwoNodesContract {

	private final String database = "two_nodes_" + Long.toHexString(System.nanoTime());

	@Override
	List<String> database() {
		// Connections are given up on within seconds, so that readiness answers while the
		// database is away.
		List<String> arguments = new ArrayList<>(PostgresTestDatabase.freshDatabase(this.database));
		arguments.add("--spring.datasource.hikari.connection-timeout=2000");
		return arguments;
	}

	/**
	 * Last: the connections the database drops fail the first request each is lent to.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItReturns() throws Exception {
		PortalHttp http = new PortalHttp(port(this.nodeA));
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		PostgresTestDatabase.execute("alter database " + this.database + " allow_connections false");
		try {
			PostgresTestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
					+ this.database + "' and pid <> pg_backend_pid()");
			awaitStatus(http, 503);
		}
		finally {
			PostgresTestDatabase.execute("alter database " + this.database + " allow_connections true");
		}
		awaitStatus(http, 200);
	}

	private static void awaitStatus(PortalHttp http, int status) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		while (http.get("/actuator/health/readiness").statusCode() != status) {
			assertThat(Instant.now()).as("readiness answers %d within 30 s", status).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	/**
	 * Comments from one address, sent to each node in turn: the limit (five in its
	 * window) is reached across both, where buckets in each node's memory would take ten.
	 */
	@Test
	void aBurstOfCommentsIsRefusedAcrossBothNodes() throws Exception {
		long article = this.nodeA.getBean(EntryWriter.class)
			.create(article("two-nodes-burst", "Commented from both sides"));
		int accepted = 0;
		int status = 303;
		for (int attempt = 0; attempt < 12 && status == 303; attempt++) {
			ConfigurableApplicationContext node = (attempt % 2 == 0) ? this.nodeA : this.nodeB;
			status = comment(node, node, article, "Comment number " + attempt + " in the burst.").statusCode();
			accepted += (status == 303) ? 1 : 0;
		}
		assertThat(status).as("the burst ends refused").isEqualTo(429);
		assertThat(accepted).isBetween(1, 5);
	}

}
