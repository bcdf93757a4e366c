package org.rustinwindows.portal.feeds;

import org.springframework.http.MediaType;

/**
 * The three feed formats, each under its own file name beside the page it follows.
 */
public enum FeedFormat {

	RSS("feed.xml", "RSS", "application/rss+xml;charset=UTF-8"),
	ATOM("atom.xml", "Atom", "application/atom+xml;charset=UTF-8"),
	JSON("feed.json", "JSON Feed", "application/feed+json;charset=UTF-8");

	private final String fileName;

	private final String label;

	private final MediaType mediaType;

	FeedFormat(String fileName, String label, String mediaType) {
		this.fileName = fileName;
		this.label = label;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	public String fileName() {
		return this.fileName;
	}

	public String label() {
		return this.label;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/** The type without parameters, as autodiscovery links name it. */
	public String type() {
		return this.mediaType.getType() + "/" + this.mediaType.getSubtype();
	}

	/**
	 * @throws IllegalArgumentException for a name that is no feed's
	 */
	static FeedFormat ofFileName(String file) {
		for (FeedFormat format : values()) {
			if (format.fileName().equals(file)) {
				return format;
			}
		}
		throw new IllegalArgumentException("No feed format is called " + file);
	}

}
