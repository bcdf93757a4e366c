/**
 * Finding published content from the search box in every page's header.
 */
@ApplicationModule(allowedDependencies = { "content", "shared" })
package org.rustinwindows.portal.search;

import org.springframework.modulith.ApplicationModule;
