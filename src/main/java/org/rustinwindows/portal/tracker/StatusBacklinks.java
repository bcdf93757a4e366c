package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.EntryBacklinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items that link to an entry, with their status, for the entry's page.
 */
@Component
@Transactional(readOnly = true)
class StatusBacklinks implements EntryBacklinks {

	private final StatusItemRepository items;

	StatusBacklinks(StatusItemRepository items) {
		this.items = items;
	}

	@Override
	public List<Backlink> to(long entryId) {
		return this.items.findLinkingTo(entryId)
			.stream()
			.map((item) -> new Backlink("Status", item.getTitle(), StatusBoard.urlOf(item.getSlug()),
					item.getStatus().label().toLowerCase(Locale.ROOT)))
			.toList();
	}

}
