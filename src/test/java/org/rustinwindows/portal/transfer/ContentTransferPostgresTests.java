package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Export and import on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class ContentTransferPostgresTests extends ContentTransferContract {

}
