package org.rustinwindows.portal.shared;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Shared secrets on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class SharedSecretsPostgresTests extends SharedSecretsContract {

}
