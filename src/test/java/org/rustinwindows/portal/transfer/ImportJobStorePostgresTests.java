package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Imports kept for every node on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class ImportJobStorePostgresTests extends ImportJobStoreContract {

}
