package org.rustinwindows.portal.content;

import java.util.List;

/**
 * Public pages beyond entries, lists and tags that belong in the sitemap: sources here,
 * the status board in its module. Implemented by each module for its own pages.
 * <p>
 * Their number may grow with the content (every entry can cite a new source), so the
 * sitemap asks for them a file's worth at a time, as it does for entries.
 */
public interface SitemapPages {

	/**
	 * The few pages that list the others (such as {@code /sources}), with when they last
	 * changed: the sitemap's first file holds them beside the other lists.
	 */
	List<PageStamp> lists();

	/** How many pages there are besides {@link #lists()}. */
	long count();

	/**
	 * The pages from {@code slice × size} on, at most {@code size} of them, in an order
	 * that stays the same between calls while the content does.
	 */
	List<PageStamp> slice(int slice, int size);

}
