package org.rustinwindows.portal.content;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Source records on a real PostgreSQL server, the production database.
 */
@PostgresDataJpaTest
class SourceRecordsPostgresTests extends SourceRecordsContract {

}
