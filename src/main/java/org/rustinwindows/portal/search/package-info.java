/**
 * Finding published content from the search box in every page's header.
 */
package org.rustinwindows.portal.search;
