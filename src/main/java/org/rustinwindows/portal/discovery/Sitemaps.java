package org.rustinwindows.portal.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rustinwindows.portal.content.ContentCache;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.PageStamp;
import org.rustinwindows.portal.content.SitemapPages;

import org.springframework.stereotype.Service;

/**
 * The sitemap of every public page worth indexing: the home page, the lists, every tag
 * page, the pages of other modules ({@link SitemapPages}: sources, the status board) and
 * every published entry. Up to {@code portal.sitemap.max-urls} addresses it is one file;
 * past that, {@code /sitemap.xml} is an index of {@code /sitemaps/1.xml} (the lists and
 * tags) and {@code /sitemaps/2.xml} onwards (the entries, in slices). Each file is built
 * once per change of content.
 */
@Service
class Sitemaps {

	/** Part 0 is {@code /sitemap.xml} itself. */
	static final int ROOT = 0;

	private static final List<String> LISTS = List.of("/", "/articles", "/timeline", "/faq", "/tags");

	private final ContentCatalog catalog;

	private final SitemapWriter writer;

	private final int maxUrls;

	private final ContentCache<Integer, Optional<byte[]>> parts;

	private final List<SitemapPages> otherPages;

	Sitemaps(ContentCatalog catalog, SitemapWriter writer, SitemapProperties properties, ContentVersion version,
			List<SitemapPages> otherPages) {
		this.catalog = catalog;
		this.otherPages = otherPages;
		this.writer = writer;
		this.maxUrls = properties.maxUrls();
		this.parts = new ContentCache<>(version, this::build);
	}

	/**
	 * @param part {@link #ROOT} for {@code /sitemap.xml}, or the number of a part
	 * @return the file, or empty when there is no such part
	 */
	Optional<byte[]> part(int part) {
		return this.parts.get(part);
	}

	private Optional<byte[]> build(int part) {
		long entries = this.catalog.publishedCount();
		List<PageStamp> listsAndTags = listsAndTags();
		int entrySlices = (int) ((entries + this.maxUrls - 1) / this.maxUrls);
		boolean single = listsAndTags.size() + entries <= this.maxUrls;
		if (part == ROOT) {
			return Optional.of(single ? this.writer.urlSet(all(listsAndTags, entries)) : index(entrySlices));
		}
		if (single || part < 1 || part > entrySlices + 1) {
			return Optional.empty();
		}
		return Optional
			.of(this.writer.urlSet((part == 1) ? listsAndTags : this.catalog.publishedPages(part - 2, this.maxUrls)));
	}

	private List<PageStamp> all(List<PageStamp> listsAndTags, long entries) {
		List<PageStamp> pages = new ArrayList<>(listsAndTags);
		pages.addAll(this.catalog.publishedPages(0, (int) Math.max(1, entries)));
		return pages;
	}

	private List<PageStamp> listsAndTags() {
		Instant changed = this.catalog.lastPublishedChange();
		List<PageStamp> pages = new ArrayList<>();
		LISTS.forEach((path) -> pages.add(new PageStamp(path, changed)));
		pages.addAll(this.catalog.tagPages());
		this.otherPages.forEach((other) -> pages.addAll(other.pages()));
		return pages;
	}

	private byte[] index(int entrySlices) {
		// Every file is stamped with the last change of all content: reading each slice
		// for its own would cost a pass over every entry.
		Instant changed = this.catalog.lastPublishedChange();
		List<PageStamp> files = new ArrayList<>();
		for (int file = 1; file <= entrySlices + 1; file++) {
			files.add(new PageStamp("/sitemaps/" + file + ".xml", changed));
		}
		return this.writer.index(files);
	}

}
