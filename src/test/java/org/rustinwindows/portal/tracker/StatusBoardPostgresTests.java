package org.rustinwindows.portal.tracker;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * The status board on a real PostgreSQL server, the production database.
 */
@PostgresDataJpaTest
class StatusBoardPostgresTests extends StatusBoardContract {

}
