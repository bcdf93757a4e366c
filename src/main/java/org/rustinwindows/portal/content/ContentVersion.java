package org.rustinwindows.portal.content;

import java.util.concurrent.atomic.AtomicLong;

import org.rustinwindows.portal.comments.CommentCountChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A number that grows whenever published content may have changed: each entry or tag
 * change, and each change to an entry's approved comments, once it has committed.
 * Whatever is built from content (feeds, sitemaps) is kept with the version it was built
 * at, and rebuilt when the version moved on.
 */
@Component
public class ContentVersion {

	private final AtomicLong version = new AtomicLong();

	public long current() {
		return this.version.get();
	}

	/**
	 * Moves the version for a change that no event announces, such as entries taken into
	 * the search index after they committed: what was built in between is built again.
	 */
	public void advance() {
		this.version.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void entryChanged(EntryChanged change) {
		this.version.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void tagChanged(TagChanged change) {
		this.version.incrementAndGet();
	}

	/** An approved comment shows on its entry's page and in the entry's count. */
	@TransactionalEventListener(fallbackExecution = true)
	void commentCountChanged(CommentCountChanged change) {
		this.version.incrementAndGet();
	}

}
