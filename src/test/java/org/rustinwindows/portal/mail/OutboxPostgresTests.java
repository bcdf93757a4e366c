package org.rustinwindows.portal.mail;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * The outbox on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class OutboxPostgresTests extends OutboxContract {

}
