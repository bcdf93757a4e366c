package org.rustinwindows.portal.feeds;

import java.time.Instant;

/**
 * One item of a {@link FeedChannel}.
 *
 * @param key what identifies it for good within its channel, such as
 * {@code status-change-12}
 * @param path its page on the portal, such as {@code /status/wdk#record-12}
 * @param title its title
 * @param summary a line of plain text
 * @param html its content, with addresses relative to the portal or absolute
 * @param published when it appeared
 */
public record ChannelItem(String key, String path, String title, String summary, String html, Instant published) {

}
