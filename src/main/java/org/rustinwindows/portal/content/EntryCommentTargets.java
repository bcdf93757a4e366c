package org.rustinwindows.portal.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rustinwindows.portal.comments.CommentTargets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries as things to comment on: readers may comment on published entries only.
 */
@Component
@Transactional(readOnly = true)
class EntryCommentTargets implements CommentTargets {

	private final EntryRepository entries;

	EntryCommentTargets(EntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public Optional<CommentTarget> open(long id) {
		return this.entries.findById(id).filter(Entry::isPublished).map(EntryCommentTargets::target);
	}

	@Override
	public Map<Long, CommentTarget> describe(Collection<Long> ids) {
		Map<Long, CommentTarget> described = new LinkedHashMap<>();
		this.entries.findAllById(ids).forEach((entry) -> described.put(entry.getId(), target(entry)));
		return described;
	}

	private static CommentTarget target(Entry entry) {
		return new CommentTarget(entry.getId(), entry.getTitle(), entry.getKind().urlOf(entry.getSlug()));
	}

}
