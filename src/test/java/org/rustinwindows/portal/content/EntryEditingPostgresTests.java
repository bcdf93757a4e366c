package org.rustinwindows.portal.content;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Editing on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class EntryEditingPostgresTests extends EntryEditingContract {

}
