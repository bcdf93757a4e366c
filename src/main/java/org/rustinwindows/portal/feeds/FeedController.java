package org.rustinwindows.portal.feeds;

import jakarta.servlet.http.HttpServletRequest;

import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagRef;
import org.rustinwindows.portal.shared.MovedPermanentlyException;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves each feed beside the page it follows: {@code /feed.xml} for the site,
 * {@code /articles/feed.xml} for a kind, {@code /tags/{slug}/feed.xml} for a tag, and the
 * Atom ({@code atom.xml}) and JSON Feed ({@code feed.json}) twins of each. A reader that
 * sends back the ETag or the date it last saw gets a 304 while nothing changed.
 */
@RestController
class FeedController {

	private static final String FILE = "{file:feed\\.xml|atom\\.xml|feed\\.json}";

	private final FeedCache feeds;

	private final ContentCatalog catalog;

	private final PublishedTags publishedTags;

	FeedController(FeedCache feeds, ContentCatalog catalog, PublishedTags publishedTags) {
		this.publishedTags = publishedTags;
		this.feeds = feeds;
		this.catalog = catalog;
	}

	@GetMapping("/" + FILE)
	ResponseEntity<byte[]> site(@PathVariable String file, WebRequest request) {
		return serve(FeedScope.SITE, format(file), request);
	}

	// Literal paths: a pattern would lose to the entry pages' /articles/{slug}.
	@GetMapping({ "/articles/feed.xml", "/articles/atom.xml", "/articles/feed.json", "/timeline/feed.xml",
			"/timeline/atom.xml", "/timeline/feed.json", "/faq/feed.xml", "/faq/atom.xml", "/faq/feed.json" })
	ResponseEntity<byte[]> kind(HttpServletRequest servletRequest, WebRequest request) {
		String[] segments = servletRequest.getRequestURI()
			.substring(servletRequest.getContextPath().length())
			.split("/");
		return serve(FeedScope.of(EntryKind.fromPathSegment(segments[1])), format(segments[2]), request);
	}

	/**
	 * @throws NotFoundException for an unknown tag, or one that only drafts carry
	 * @throws MovedPermanentlyException to the same feed of the tag's new name, for a tag
	 * renamed or merged
	 */
	@GetMapping("/tags/{slug}/" + FILE)
	ResponseEntity<byte[]> tag(@PathVariable String slug, @PathVariable String file, WebRequest request) {
		TagRef tag;
		try {
			tag = this.catalog.tagBySlug(slug);
		}
		catch (MovedPermanentlyException moved) {
			throw new MovedPermanentlyException(moved.location() + "/" + file);
		}
		if (this.publishedTags.count(tag.slug()) == 0) {
			// Only drafts carry it: its name is not public yet.
			throw NotFoundException.forSlug("tag", slug);
		}
		return serve(FeedScope.of(tag), format(file), request);
	}

	private ResponseEntity<byte[]> serve(FeedScope scope, FeedFormat format, WebRequest request) {
		return FeedResponses.of(this.feeds.get(scope, format), format, request);
	}

	private static FeedFormat format(String file) {
		return FeedFormat.ofFileName(file);
	}

}
