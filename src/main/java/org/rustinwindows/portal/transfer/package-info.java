/**
 * Moves content between Markdown files with front matter and the database: seeds a fresh
 * database from {@code content/} at start-up, exports everything as a zip in that layout,
 * and imports such a zip (or the content folder) with a report of what it did.
 */
@ApplicationModule(allowedDependencies = { "content", "search", "shared", "tracker" })
package org.rustinwindows.portal.transfer;

import org.springframework.modulith.ApplicationModule;
