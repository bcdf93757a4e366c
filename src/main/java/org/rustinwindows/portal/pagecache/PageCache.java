package org.rustinwindows.portal.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The rendered pages, by address, weighed by their bytes and bounded by
 * {@code portal.page-cache.max-size}: the least used go first. A page is kept with the
 * content version it was rendered at, and is only served at that version.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	PageCache(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String address, CachedPage page) -> address.length() + page.weight())
			.build();
	}

	/** The page kept for the address, if it was rendered at this content version. */
	CachedPage get(String address, long version) {
		CachedPage page = this.pages.getIfPresent(address);
		return (page != null && page.version() == version) ? page : null;
	}

	void put(String address, CachedPage page) {
		this.pages.put(address, page);
	}

	/** How many bytes the kept pages weigh, after pending evictions. */
	long weight() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

}
