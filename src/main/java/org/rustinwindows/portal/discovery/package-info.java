/**
 * Being found: the sitemap and robots.txt for search engines.
 */
@ApplicationModule(allowedDependencies = { "content", "shared" })
package org.rustinwindows.portal.discovery;

import org.springframework.modulith.ApplicationModule;
