/**
 * Being found: the sitemap and robots.txt for search engines.
 */
package org.rustinwindows.portal.discovery;
