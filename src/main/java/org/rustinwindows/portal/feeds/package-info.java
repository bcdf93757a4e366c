/**
 * Following the portal from a feed reader: RSS, Atom and JSON Feed of the newest
 * published entries, for the whole site, per kind and per tag, each built once per
 * change.
 */
@ApplicationModule(allowedDependencies = { "content", "shared" })
package org.rustinwindows.portal.feeds;

import org.springframework.modulith.ApplicationModule;
