package org.rustinwindows.portal.feeds;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A built feed as an HTTP answer: a reader that sends back the ETag or the date it last
 * saw gets a 304 while nothing changed.
 */
final class FeedResponses {

	private FeedResponses() {
	}

	static ResponseEntity<byte[]> of(FeedDocument feed, FeedFormat format, WebRequest request) {
		long lastModified = (feed.lastModified() != null) ? feed.lastModified().toEpochMilli() : -1;
		CacheControl caching = CacheControl.noCache().cachePublic();
		if (request.checkNotModified(feed.etag(), lastModified)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(feed.etag()).cacheControl(caching).build();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(format.mediaType())
			.eTag(feed.etag())
			.cacheControl(caching);
		if (lastModified >= 0) {
			response.lastModified(lastModified);
		}
		return response.body(feed.body());
	}

}
