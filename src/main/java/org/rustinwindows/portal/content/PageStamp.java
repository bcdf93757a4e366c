package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * A public page and when its content last changed, as a sitemap lists it.
 *
 * @param path the page's path, such as {@code /articles/the-memory-safety-case}
 * @param lastModified when what it shows last changed
 */
public record PageStamp(String path, Instant lastModified) {

}
