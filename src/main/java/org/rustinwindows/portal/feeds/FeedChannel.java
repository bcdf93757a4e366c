package org.rustinwindows.portal.feeds;

import java.util.List;

/**
 * A feed that another module fills, such as the status board's records or the public
 * corrections: served by {@link ChannelFeeds} in every format, cached and validated like
 * the entries' feeds.
 */
public interface FeedChannel {

	/** The page the feed follows, such as {@code /status}; the feeds are beside it. */
	String pagePath();

	String title();

	String description();

	/** The newest items, newest first, at most {@code count}. */
	List<ChannelItem> newest(int count);

}
