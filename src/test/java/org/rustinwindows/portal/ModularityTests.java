package org.rustinwindows.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the capabilities apart: each module reaches another only through its public
 * types.
 */
class ModularityTests {

	@Test
	void respectsModuleBoundaries() {
		ApplicationModules.of(PortalApplication.class).verify();
	}

}
