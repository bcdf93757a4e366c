package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.search.SearchShortcuts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items on the board whose title or summary holds every word, for the search page: a
 * reader who searches for {@code wdk-sys} finds where it stands.
 */
@Component
@Transactional(readOnly = true)
class StatusSearchShortcuts implements SearchShortcuts {

	private final StatusItemRepository items;

	StatusSearchShortcuts(StatusItemRepository items) {
		this.items = items;
	}

	@Override
	public List<Shortcut> matching(List<String> words, int most) {
		if (words.isEmpty()) {
			return List.of();
		}
		// The board holds a few dozen items by nature: reading them all is one small
		// query.
		return this.items.findOnBoard().stream().filter((item) -> {
			String text = (item.getTitle() + " " + item.getSummary()).toLowerCase(Locale.ROOT);
			return words.stream().allMatch((word) -> text.contains(word.toLowerCase(Locale.ROOT)));
		})
			.limit(most)
			.map((item) -> new Shortcut("Status", item.getTitle(), StatusBoard.urlOf(item.getSlug()),
					item.getStatus().label().toLowerCase(Locale.ROOT)))
			.toList();
	}

}
