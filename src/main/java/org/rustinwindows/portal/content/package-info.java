/**
 * Articles, timeline entries and FAQ items: their model, Markdown rendering and the
 * public pages that show them.
 */
package org.rustinwindows.portal.content;
