package org.rustinwindows.portal.content;

import org.rustinwindows.portal.media.MediaUsage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An image is in use while any entry's body, trashed ones included, any revision, or any
 * text an editor typed and has not saved yet (V20) names it: restoring a revision or an
 * unsaved text must find its images still there.
 */
@Component
class EntryMediaUsage implements MediaUsage {

	private final EntryRepository entries;

	private final EntryRevisionRepository revisions;

	private final JdbcTemplate jdbc;

	EntryMediaUsage(EntryRepository entries, EntryRevisionRepository revisions, JdbcTemplate jdbc) {
		this.entries = entries;
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isInUse(String url) {
		return this.entries.existsByBodyMarkdownContaining(url) || this.revisions.existsByDocumentContaining(url)
				|| !this.jdbc
					.queryForList("select 1 from editor_autosave where form like ? escape '\\'", Integer.class,
							LikePatterns.containing(url))
					.isEmpty();
	}

}
