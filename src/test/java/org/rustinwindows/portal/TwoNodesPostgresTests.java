package org.rustinwindows.portal;

import java.util.List;

import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

/**
 * Two nodes on a new database of a real PostgreSQL server, as they run in production.
 */
@EnabledIfPostgresAvailable
class TwoNodesPostgresTests extends TwoNodesContract {

	@Override
	List<String> database() {
		return PostgresTestDatabase.freshDatabase("two_nodes");
	}

}
