package org.rustinwindows.portal.content;

import org.rustinwindows.portal.comments.CommentCountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each entry's copy of its approved-comment count, in the transaction that changed
 * the count, so that lists show it without counting.
 */
@Component
class CommentCountKeeper {

	private final EntryRepository entries;

	CommentCountKeeper(EntryRepository entries) {
		this.entries = entries;
	}

	@EventListener
	void on(CommentCountChanged changed) {
		this.entries.updateCommentCount(changed.targetId(), changed.approved());
	}

}
