package org.rustinwindows.portal.pagecache;

import java.util.List;

/**
 * A rendered page as it is served again: its status and headers as the application wrote
 * them, its body plain and gzip-compressed, and a strong validator for each.
 *
 * @param version the content version read before the page was rendered
 * @param status the response status
 * @param headers the headers the application and Spring Security wrote, but those that
 * depend on the representation sent (length, encoding, validator)
 * @param plain the body as rendered
 * @param gzip the body gzip-compressed
 * @param etag the strong validator of the plain body, quoted
 * @param lastModified the {@code Last-Modified} time the application gave, in
 * milliseconds, or {@code -1}
 */
record CachedPage(long version, int status, List<Header> headers, byte[] plain, byte[] gzip, String etag,
		long lastModified) {

	/** What the page weighs in the cache: its bodies and a guess at the rest. */
	int weight() {
		int headerBytes = this.headers.stream()
			.mapToInt((header) -> header.name().length() + header.value().length())
			.sum();
		return this.plain.length + this.gzip.length + headerBytes + 256;
	}

	/** The validator of the gzip form: another representation, so another strong tag. */
	String gzipEtag() {
		return this.etag.substring(0, this.etag.length() - 1) + "-gz\"";
	}

	record Header(String name, String value) {

	}

}
