package org.rustinwindows.portal.content;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Change notes on a real PostgreSQL server, the production database.
 */
@PostgresDataJpaTest
class ChangeNotesPostgresTests extends ChangeNotesContract {

}
