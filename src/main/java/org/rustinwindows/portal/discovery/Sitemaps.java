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
 * past that, {@code /sitemap.xml} is an index of {@code /sitemaps/1.xml} (the lists, the
 * tags and the other modules' lists, such as {@code /sources}) and
 * {@code /sitemaps/2.xml} onwards: the entries in slices, then each module's pages in
 * slices of their own, since those too can grow with the content. Each file is built once
 * per change of content.
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
		List<PageStamp> lists = lists();
		List<Section> sections = sections();
		long total = lists.size() + sections.stream().mapToLong(Section::count).sum();
		if (total <= this.maxUrls) {
			return (part == ROOT) ? Optional.of(this.writer.urlSet(all(lists, sections))) : Optional.empty();
		}
		if (part == ROOT) {
			return Optional.of(index(1 + sections.stream().mapToInt((section) -> section.files(this.maxUrls)).sum()));
		}
		if (part < 1) {
			return Optional.empty();
		}
		if (part == 1) {
			return Optional.of(this.writer.urlSet(lists));
		}
		// Past the lists, each section has files of its own, entries first.
		int file = part - 2;
		for (Section section : sections) {
			int files = section.files(this.maxUrls);
			if (file < files) {
				return Optional.of(this.writer.urlSet(section.slices().slice(file, this.maxUrls)));
			}
			file -= files;
		}
		return Optional.empty();
	}

	private List<PageStamp> all(List<PageStamp> lists, List<Section> sections) {
		List<PageStamp> pages = new ArrayList<>(lists);
		for (Section section : sections) {
			if (section.count() > 0) {
				pages.addAll(section.slices().slice(0, (int) section.count()));
			}
		}
		return pages;
	}

	/** The lists, the tags, and the lists of the other modules' pages: the first file. */
	private List<PageStamp> lists() {
		Instant changed = this.catalog.lastPublishedChange();
		List<PageStamp> pages = new ArrayList<>();
		LISTS.forEach((path) -> pages.add(new PageStamp(path, changed)));
		pages.addAll(this.catalog.tagPages());
		this.otherPages.forEach((other) -> pages.addAll(other.lists()));
		return pages;
	}

	/** Entries, then each module's other pages, with how many of each there are. */
	private List<Section> sections() {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(this.catalog.publishedCount(), this.catalog::publishedPages));
		this.otherPages.forEach((other) -> sections.add(new Section(other.count(), other::slice)));
		return sections;
	}

	private byte[] index(int fileCount) {
		// Every file is stamped with the last change of all content: reading each slice
		// for its own would cost a pass over every entry.
		Instant changed = this.catalog.lastPublishedChange();
		List<PageStamp> files = new ArrayList<>();
		for (int file = 1; file <= fileCount; file++) {
			files.add(new PageStamp("/sitemaps/" + file + ".xml", changed));
		}
		return this.writer.index(files);
	}

	/**
	 * Pages the sitemap lists a file's worth at a time.
	 *
	 * @param count how many there are
	 * @param slices where to read them
	 */
	private record Section(long count, Slices slices) {

		int files(int maxUrls) {
			return (int) ((this.count + maxUrls - 1) / maxUrls);
		}

	}

	/** Reads the pages from {@code slice × size} on, at most {@code size} of them. */
	@FunctionalInterface
	private interface Slices {

		List<PageStamp> slice(int slice, int size);

	}

}
