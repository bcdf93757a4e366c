package org.rustinwindows.portal.media;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Images in the database on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class DatabaseMediaStorePostgresTests extends DatabaseMediaStoreContract {

}
