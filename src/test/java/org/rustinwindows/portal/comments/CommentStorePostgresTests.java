package org.rustinwindows.portal.comments;

import org.rustinwindows.portal.testsupport.PostgresDataJpaTest;

/**
 * How comments are stored on a real PostgreSQL server.
 */
@PostgresDataJpaTest
class CommentStorePostgresTests extends CommentStoreContract {

}
