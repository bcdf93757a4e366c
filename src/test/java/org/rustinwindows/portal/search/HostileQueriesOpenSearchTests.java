package org.rustinwindows.portal.search;

import org.rustinwindows.portal.testsupport.OpenSearchPortalTest;

/**
 * {@link HostileQueriesContract} on a shared OpenSearch index.
 */
@OpenSearchPortalTest
class HostileQueriesOpenSearchTests extends HostileQueriesContract {

}
