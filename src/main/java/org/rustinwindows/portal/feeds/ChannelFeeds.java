package org.rustinwindows.portal.feeds;

import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves other modules' feeds ({@link FeedChannel}): each built once per change of the
 * content, answered with validators and a 304 like every feed of the portal.
 */
@Component
public class ChannelFeeds {

	private final ContentCache<Key, FeedDocument> documents;

	ChannelFeeds(FeedBuilder builder, ContentVersion version) {
		this.documents = new ContentCache<>(version, (key) -> builder.build(key.channel(), key.format()));
	}

	/**
	 * @param file {@code feed.xml}, {@code atom.xml} or {@code feed.json}
	 * @throws IllegalArgumentException for any other file name
	 */
	public ResponseEntity<byte[]> serve(FeedChannel channel, String file, WebRequest request) {
		FeedFormat format = FeedFormat.ofFileName(file);
		return FeedResponses.of(this.documents.get(new Key(channel, format)), format, request);
	}

	private record Key(FeedChannel channel, FeedFormat format) {

	}

}
