package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Importing a content folder into PostgreSQL, the production database.
 */
@PostgresDataJpaTest
class ContentDirectoryImporterPostgresTests extends ContentDirectoryImporterContract {

}
