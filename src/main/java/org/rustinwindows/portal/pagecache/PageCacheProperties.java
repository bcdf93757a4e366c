package org.rustinwindows.portal.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many rendered pages are kept.
 *
 * @param enabled whether public pages are served from the cache at all
 * @param maxSize the most bytes the kept pages take, plain and compressed together; the
 * least used go first
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize) {

}
