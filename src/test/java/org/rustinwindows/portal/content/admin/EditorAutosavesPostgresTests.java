package org.rustinwindows.portal.content.admin;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Texts kept as editors type, on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class EditorAutosavesPostgresTests extends EditorAutosavesContract {

}
