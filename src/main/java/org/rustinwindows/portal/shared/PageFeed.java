package org.rustinwindows.portal.shared;

/**
 * The feeds that follow the page being shown, for the layout's autodiscovery links:
 * {@code path + "/feed.xml"}, {@code "/atom.xml"} and {@code "/feed.json"}.
 *
 * @param path the page's path, such as {@code /tags/memory-safety}
 * @param title what the feeds follow, such as {@code tagged “Memory safety”}
 */
public record PageFeed(String path, String title) {

	/** The model attribute the layout reads. */
	public static final String ATTRIBUTE = "pageFeed";

}
