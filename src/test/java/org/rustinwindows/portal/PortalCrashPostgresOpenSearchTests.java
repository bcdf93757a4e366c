package org.rustinwindows.portal;

import java.util.ArrayList;
import java.util.List;

import org.rustinwindows.portal.testsupport.EnabledIfOpenSearchAvailable;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.OpenSearchTestServer;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

/**
 * {@link PortalCrashContract} as several nodes run: a new database on a real PostgreSQL
 * server and an index on a real OpenSearch node, which the catch-up brings up to the
 * database (here every five seconds, rather than every minute).
 */
@EnabledIfPostgresAvailable
@EnabledIfOpenSearchAvailable
class PortalCrashPostgresOpenSearchTests extends PortalCrashContract {

	private final String name = "crash_" + Long.toHexString(System.nanoTime());

	private List<String> storage;

	@Override
	synchronized List<String> storage() {
		if (this.storage == null) {
			List<String> arguments = new ArrayList<>(PostgresTestDatabase.freshDatabase(this.name));
			arguments.addAll(
					List.of("--portal.search.backend=opensearch", "--portal.search.uris=" + OpenSearchTestServer.url(),
							"--portal.search.index-prefix=" + this.name.replace('_', '-') + "-",
							"--portal.search.catch-up-interval=5s"));
			this.storage = List.copyOf(arguments);
		}
		return this.storage;
	}

}
