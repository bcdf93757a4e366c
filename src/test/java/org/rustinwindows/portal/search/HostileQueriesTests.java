package org.rustinwindows.portal.search;

import org.rustinwindows.portal.testsupport.PortalServerTest;

/**
 * {@link HostileQueriesContract} on the embedded Lucene index, the default.
 */
@PortalServerTest
class HostileQueriesTests extends HostileQueriesContract {

}
