package org.rustinwindows.portal;

import java.util.List;

/**
 * {@link PortalCrashContract} on the embedded default: H2 in the data directory, whose
 * search index is rebuilt when the portal last stopped without closing it.
 */
class PortalCrashTests extends PortalCrashContract {

	@Override
	List<String> storage() {
		return List.of();
	}

}
