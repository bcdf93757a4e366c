package org.rustinwindows.portal.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

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
	 * Answers a request for one of the channel's feeds, the format named by the last
	 * segment of its path ({@code feed.xml}, {@code atom.xml} or {@code feed.json}).
	 * @throws IllegalArgumentException for any other file name
	 */
	public ResponseEntity<byte[]> serve(FeedChannel channel, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		FeedFormat format = FeedFormat.ofFileName(path.substring(path.lastIndexOf('/') + 1));
		return FeedResponses.of(this.documents.get(new Key(channel, format)), format,
				new ServletWebRequest(request, response));
	}

	private record Key(FeedChannel channel, FeedFormat format) {

	}

}
