package org.rustinwindows.portal.tracker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rustinwindows.portal.content.PageStamp;
import org.rustinwindows.portal.content.SitemapPages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status board, each item on it, and {@code /changes}, for the sitemap.
 */
@Component
@Transactional(readOnly = true)
class StatusSitemapPages implements SitemapPages {

	private final StatusItemRepository items;

	StatusSitemapPages(StatusItemRepository items) {
		this.items = items;
	}

	@Override
	public List<PageStamp> lists() {
		Instant latest = itemPages().stream().map(PageStamp::lastModified).max(Comparator.naturalOrder()).orElse(null);
		return List.of(new PageStamp("/status", latest), new PageStamp("/changes", latest));
	}

	@Override
	public long count() {
		return itemPages().size();
	}

	/**
	 * The board holds a few dozen items by nature: each slice is cut from all of them.
	 */
	@Override
	public List<PageStamp> slice(int slice, int size) {
		List<PageStamp> pages = itemPages();
		int from = (int) Math.min(pages.size(), (long) slice * size);
		return pages.subList(from, Math.min(pages.size(), from + size));
	}

	private List<PageStamp> itemPages() {
		List<PageStamp> pages = new ArrayList<>();
		for (StatusItem item : this.items.findOnBoard()) {
			Instant changed = item.getUpdatedAt().isAfter(item.getChangedAt()) ? item.getUpdatedAt()
					: item.getChangedAt();
			pages.add(new PageStamp(StatusBoard.urlOf(item.getSlug()), changed));
		}
		return pages;
	}

}
