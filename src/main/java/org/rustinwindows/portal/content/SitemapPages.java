package org.rustinwindows.portal.content;

import java.util.List;

/**
 * Public pages beyond entries, lists and tags that belong in the sitemap: sources here,
 * the status board in its module. Implemented by each module for its own pages.
 */
public interface SitemapPages {

	/** Each page with when it last changed. */
	List<PageStamp> pages();

}
