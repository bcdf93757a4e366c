package org.rustinwindows.portal.accounts;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * Account rules on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class AccountServicePostgresTests extends AccountServiceContract {

}
