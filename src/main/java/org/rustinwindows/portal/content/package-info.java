/**
 * Articles, timeline entries and FAQ items: their model, Markdown rendering and the
 * public pages that show them.
 */
@ApplicationModule(allowedDependencies = { "comments", "media", "shared" })
package org.rustinwindows.portal.content;

import org.springframework.modulith.ApplicationModule;
