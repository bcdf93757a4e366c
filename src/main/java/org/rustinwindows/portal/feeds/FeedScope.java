package org.rustinwindows.portal.feeds;

import java.util.Locale;

import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.TagRef;

/**
 * What a feed follows: the whole site, one kind of entry, or one tag.
 *
 * @param kind the kind followed, or {@code null}
 * @param tag the tag followed, or {@code null}
 */
public record FeedScope(EntryKind kind, TagRef tag) {

	static final String SITE_NAME = "Rust in Windows";

	public static final FeedScope SITE = new FeedScope(null, null);

	public static FeedScope of(EntryKind kind) {
		return new FeedScope(kind, null);
	}

	public static FeedScope of(TagRef tag) {
		return new FeedScope(null, tag);
	}

	public String title() {
		return (this.kind == null && this.tag == null) ? SITE_NAME : SITE_NAME + ": " + name();
	}

	/** What the feed follows, as a heading names it: "Articles", "tagged “Kernel”". */
	public String name() {
		if (this.tag != null) {
			return "tagged “" + this.tag.name() + "”";
		}
		return (this.kind != null) ? plural(this.kind) : "Everything";
	}

	public String description() {
		if (this.tag != null) {
			return "The newest entries tagged “" + this.tag.name() + "” on the Rust in Windows portal.";
		}
		if (this.kind != null) {
			return "The newest " + plural(this.kind).toLowerCase(Locale.ROOT) + " on the Rust in Windows portal.";
		}
		return "Microsoft's work to bring Rust to Windows drivers and the Windows kernel: articles, timeline and FAQ,"
				+ " every claim sourced.";
	}

	/** The page this feed follows. */
	public String pagePath() {
		if (this.tag != null) {
			return this.tag.url();
		}
		return (this.kind != null) ? "/" + this.kind.pathSegment() : "/";
	}

	public String feedPath(FeedFormat format) {
		String page = pagePath();
		return (page.endsWith("/") ? page : page + "/") + format.fileName();
	}

	private static String plural(EntryKind kind) {
		return switch (kind) {
			case ARTICLE -> "Articles";
			case TIMELINE -> "Timeline";
			case FAQ -> "FAQ";
		};
	}

}
