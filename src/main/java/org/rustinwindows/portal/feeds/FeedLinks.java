package org.rustinwindows.portal.feeds;

import java.util.List;
import java.util.stream.Stream;

import org.rustinwindows.portal.shared.PortalProperties;

/**
 * The three feeds of one scope, as the subscribe page lists them.
 *
 * @param name what they follow, as readers name it
 * @param pagePath the page they follow
 * @param feeds one link per format, with its absolute address
 */
public record FeedLinks(String name, String pagePath, List<Link> feeds) {

	static FeedLinks of(String name, FeedScope scope, PortalProperties portal) {
		return new FeedLinks(name, scope.pagePath(),
				Stream.of(FeedFormat.values())
					.map((format) -> new Link(format.label(), format.type(), portal.absolute(scope.feedPath(format))))
					.toList());
	}

	/**
	 * @param format the format's name
	 * @param type its media type
	 * @param url the feed's absolute address
	 */
	public record Link(String format, String type, String url) {

	}

}
