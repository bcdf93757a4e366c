/**
 * Fills a database that lacks entries from the Markdown files with front matter under
 * {@code content/}.
 */
package org.rustinwindows.portal.seed;
