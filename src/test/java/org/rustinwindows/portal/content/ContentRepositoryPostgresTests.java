package org.rustinwindows.portal.content;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * The content queries on a real PostgreSQL server, the production database.
 */
@PostgresDataJpaTest
class ContentRepositoryPostgresTests extends ContentRepositoryContract {

}
