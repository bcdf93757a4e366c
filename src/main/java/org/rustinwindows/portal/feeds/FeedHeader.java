package org.rustinwindows.portal.feeds;

import java.time.Instant;

/**
 * What a feed says about itself, with absolute addresses.
 *
 * @param id a stable identifier for the feed
 * @param title its title
 * @param description what it follows
 * @param pageUrl the page it follows
 * @param feedUrl its own address
 * @param updated when its newest entry changed
 */
record FeedHeader(String id, String title, String description, String pageUrl, String feedUrl, Instant updated) {

}
