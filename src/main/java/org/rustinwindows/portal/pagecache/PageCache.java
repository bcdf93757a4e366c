package org.rustinwindows.portal.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The rendered pages, by address, weighed by their bytes and bounded by
 * {@code portal.page-cache.max-size}: the least used go first. A page is kept with the
 * content version it was rendered at, and is only served at that version.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	private final Counter hits;

	private final Counter misses;

	PageCache(PageCacheProperties properties, MeterRegistry meters) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String address, CachedPage page) -> address.length() + page.weight())
			.build();
		this.hits = lookups(meters, "hit");
		this.misses = lookups(meters, "miss");
		Gauge.builder("portal.page.cache.size", this, PageCache::weight)
			.baseUnit("bytes")
			.description("What the kept pages weigh")
			.register(meters);
	}

	/**
	 * The page kept for the address, if it was rendered at this content version. A page
	 * kept from an earlier version counts as a miss.
	 */
	CachedPage get(String address, long version) {
		CachedPage page = this.pages.getIfPresent(address);
		boolean hit = page != null && page.version() == version;
		(hit ? this.hits : this.misses).increment();
		return hit ? page : null;
	}

	void put(String address, CachedPage page) {
		this.pages.put(address, page);
	}

	private static Counter lookups(MeterRegistry meters, String result) {
		return Counter.builder("portal.page.cache.lookups")
			.description("Public pages asked of the page cache, found at the current content version or not")
			.tag("result", result)
			.register(meters);
	}

	/** How many bytes the kept pages weigh, after pending evictions. */
	long weight() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

}
