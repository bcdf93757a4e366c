package org.rustinwindows.portal.shared;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Periodic jobs on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class ClusterJobsPostgresTests extends ClusterJobsContract {

}
