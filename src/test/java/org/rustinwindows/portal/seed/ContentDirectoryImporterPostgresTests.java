package org.rustinwindows.portal.seed;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Importing a content folder into PostgreSQL, the production database.
 */
@PostgresDataJpaTest
class ContentDirectoryImporterPostgresTests extends ContentDirectoryImporterContract {

}
