package org.rustinwindows.portal.feeds;

import java.time.Instant;

/**
 * A feed as it is served: built once per change, then answered from memory.
 *
 * @param body the encoded feed
 * @param etag its strong entity tag, quoted
 * @param lastModified when its newest change happened
 */
record FeedDocument(byte[] body, String etag, Instant lastModified) {

}
