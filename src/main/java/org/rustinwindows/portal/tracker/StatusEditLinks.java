package org.rustinwindows.portal.tracker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rustinwindows.portal.content.EditablePages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Edit this status item" on an item's public page, for an editor.
 */
@Component
@Transactional(readOnly = true)
class StatusEditLinks implements EditablePages {

	private static final Pattern ITEM_PAGE = Pattern.compile("/status/([a-z0-9-]{1,160})");

	private final StatusItemRepository items;

	StatusEditLinks(StatusItemRepository items) {
		this.items = items;
	}

	@Override
	public Optional<EditLink> editLink(String path) {
		Matcher page = ITEM_PAGE.matcher(path);
		if (!page.matches()) {
			return Optional.empty();
		}
		return this.items.findBySlug(page.group(1))
			.map((item) -> new EditLink("/admin/status/" + item.getId(), "Edit this status item"));
	}

}
