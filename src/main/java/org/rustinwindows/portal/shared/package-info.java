/**
 * Support every capability may use: settings, the clock, paging, typed errors and HTTP
 * caching.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.rustinwindows.portal.shared;

import org.springframework.modulith.ApplicationModule;
