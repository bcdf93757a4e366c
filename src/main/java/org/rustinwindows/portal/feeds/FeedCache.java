package org.rustinwindows.portal.feeds;

import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentVersion;

import org.springframework.stereotype.Component;

/**
 * Keeps each built feed until the content changes, so that polling costs a lookup, not a
 * query, however large the database.
 */
@Component
class FeedCache {

	private final ContentCache<Key, FeedDocument> feeds;

	FeedCache(FeedBuilder builder, ContentVersion version) {
		this.feeds = new ContentCache<>(version, (key) -> builder.build(key.scope(), key.format()));
	}

	FeedDocument get(FeedScope scope, FeedFormat format) {
		return this.feeds.get(new Key(scope, format));
	}

	private record Key(FeedScope scope, FeedFormat format) {

	}

}
