package org.rustinwindows.portal.feeds;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.PublishedEntry;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * Builds a feed from the newest published entries of its scope. Every address in it is
 * absolute, from {@code portal.base-url}; identifiers are tag URIs (RFC 4151) made from
 * the portal's host and the entry's id, so they survive a change of slug.
 */
@Component
class FeedBuilder {

	/** The date part of the tag URIs: fixed once, never to change. */
	private static final String TAG_URI_DATE = "2026";

	private final ContentCatalog catalog;

	private final PortalProperties portal;

	private final FeedProperties properties;

	private final SyndicationWriter syndication;

	private final JsonFeedWriter json;

	FeedBuilder(ContentCatalog catalog, PortalProperties portal, FeedProperties properties,
			SyndicationWriter syndication, JsonFeedWriter json) {
		this.catalog = catalog;
		this.portal = portal;
		this.properties = properties;
		this.syndication = syndication;
		this.json = json;
	}

	FeedDocument build(FeedScope scope, FeedFormat format) {
		List<PublishedEntry> entries = this.catalog.newest(scope.kind(),
				(scope.tag() != null) ? scope.tag().slug() : null, this.properties.size());
		List<FeedItem> items = entries.stream().map(this::item).toList();
		Instant updated = items.stream().map(FeedItem::updated).max(Comparator.naturalOrder()).orElse(null);
		FeedHeader header = new FeedHeader(tagUri(scope.feedPath(FeedFormat.ATOM)), scope.title(), scope.description(),
				this.portal.absolute(scope.pagePath()), this.portal.absolute(scope.feedPath(format)),
				(updated != null) ? updated : Instant.EPOCH);
		return document(format, header, items, updated);
	}

	private FeedDocument document(FeedFormat format, FeedHeader header, List<FeedItem> items, Instant updated) {
		byte[] body = (format == FeedFormat.JSON) ? this.json.write(header, items)
				: this.syndication.write(format, header, items);
		return new FeedDocument(body, etag(body), updated);
	}

	FeedDocument build(FeedChannel channel, FeedFormat format) {
		List<FeedItem> items = channel.newest(this.properties.size()).stream().map(this::item).toList();
		Instant updated = items.stream().map(FeedItem::updated).max(Comparator.naturalOrder()).orElse(null);
		String feedPath = channel.pagePath() + "/" + format.fileName();
		FeedHeader header = new FeedHeader(tagUri(channel.pagePath() + "/" + FeedFormat.ATOM.fileName()),
				channel.title(), channel.description(), this.portal.absolute(channel.pagePath()),
				this.portal.absolute(feedPath), (updated != null) ? updated : Instant.EPOCH);
		return document(format, header, items, updated);
	}

	private FeedItem item(ChannelItem item) {
		String url = this.portal.absolute(item.path());
		return new FeedItem(tagUri(item.key()), url, item.title(), item.summary(),
				AbsoluteLinks.in(item.html(), this.portal.absolute(""), url), item.published(), item.published(), null,
				List.of());
	}

	private FeedItem item(PublishedEntry entry) {
		Instant published = entry.card().publishedAt();
		Instant updated = (entry.updatedAt() != null && entry.updatedAt().isAfter(published)) ? entry.updatedAt()
				: published;
		String url = this.portal.absolute(entry.card().url());
		return new FeedItem(tagUri("entry-" + entry.id()), url, entry.card().title(), entry.card().summary(),
				AbsoluteLinks.in(entry.html(), this.portal.absolute(""), url), published, updated,
				entry.card().eventDate(),
				entry.card()
					.tags()
					.stream()
					.map((tag) -> FeedItem.Tag.of(tag, this.portal.absolute(tag.url())))
					.toList());
	}

	private String tagUri(String specific) {
		String host = URI.create(this.portal.absolute("/")).getHost();
		return "tag:" + host + "," + TAG_URI_DATE + ":" + specific;
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
