/**
 * Backups for operators: on the embedded H2, one zip of the database and the uploaded
 * images, which unzipped into a fresh data directory is a portal with the same content,
 * comments, accounts and images (the search index is rebuilt at its first start); on
 * PostgreSQL, {@code pg_dump} for the database and the same zip for the images kept in a
 * folder. The content export of {@code transfer} stays the editors' tool.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.rustinwindows.portal.backup;

import org.springframework.modulith.ApplicationModule;
