/**
 * Images editors upload for their entries: checked by their bytes, stored under the data
 * directory by content hash, and served with long cache lifetimes.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.rustinwindows.portal.media;

import org.springframework.modulith.ApplicationModule;
