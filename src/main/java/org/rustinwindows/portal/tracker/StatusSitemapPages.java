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
	public List<PageStamp> pages() {
		List<PageStamp> pages = new ArrayList<>();
		for (StatusItem item : this.items.findOnBoard()) {
			Instant changed = item.getUpdatedAt().isAfter(item.getChangedAt()) ? item.getUpdatedAt()
					: item.getChangedAt();
			pages.add(new PageStamp(StatusBoard.urlOf(item.getSlug()), changed));
		}
		Instant latest = pages.stream().map(PageStamp::lastModified).max(Comparator.naturalOrder()).orElse(null);
		pages.add(0, new PageStamp("/status", latest));
		pages.add(1, new PageStamp("/changes", latest));
		return pages;
	}

}
