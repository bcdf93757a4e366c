package org.rustinwindows.portal.content;

import org.rustinwindows.portal.media.MediaUsage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An image is in use while any entry's body, trashed ones included, or any revision names
 * it: restoring a revision must find its images still there.
 */
@Component
class EntryMediaUsage implements MediaUsage {

	private final EntryRepository entries;

	private final EntryRevisionRepository revisions;

	EntryMediaUsage(EntryRepository entries, EntryRevisionRepository revisions) {
		this.entries = entries;
		this.revisions = revisions;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isInUse(String url) {
		return this.entries.existsByBodyMarkdownContaining(url) || this.revisions.existsByDocumentContaining(url);
	}

}
