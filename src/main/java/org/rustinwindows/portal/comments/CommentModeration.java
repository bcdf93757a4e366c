package org.rustinwindows.portal.comments;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue: lists comments by state, and approves, rejects, marks as spam or
 * deletes them, one or many at once, each batch in one transaction.
 */
@Service
@Transactional
public class CommentModeration {

	static final int PER_PAGE = 25;

	private final CommentRepository comments;

	private final CommentTargets targets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentModeration(CommentRepository comments, CommentTargets targets, ApplicationEventPublisher events,
			Clock clock) {
		this.comments = comments;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.comments.countByStatus(CommentStatus.PENDING);
	}

	@Transactional(readOnly = true)
	PageView<ModerationItem> list(CommentStatus status, int page) {
		PageRequest pageable = PageNumbers.pageable(page, PER_PAGE)
			// The state first, as in its index (V8), so that H2 reads the page from it.
			.withSort(Sort.by(Sort.Order.asc("status"), Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		Page<Comment> found = this.comments.findByStatus(status, pageable);
		Map<Long, CommentTargets.CommentTarget> described = this.targets
			.describe(found.getContent().stream().map(Comment::getTargetId).distinct().toList());
		return PageNumbers.requireExisting(PageView.of(found, (comment) -> item(comment, described)));
	}

	/**
	 * @return how many comments it applied to (ids that no longer exist are skipped)
	 */
	int apply(ModerationAction action, Collection<Long> ids, String moderator) {
		List<Comment> found = this.comments.findAllById(new LinkedHashSet<>(ids));
		if (found.isEmpty()) {
			return 0;
		}
		Set<Long> touchedTargets = new LinkedHashSet<>();
		found.forEach((comment) -> touchedTargets.add(comment.getTargetId()));
		if (action == ModerationAction.DELETE) {
			// Replies go with their comment (the foreign key cascades).
			this.comments.deleteAllInBatch(found);
		}
		else {
			found.forEach((comment) -> comment.moderate(action.result(), moderator, this.clock.instant()));
		}
		this.comments.flush();
		for (long target : touchedTargets) {
			this.events.publishEvent(new CommentCountChanged(target,
					this.comments.countByTargetIdAndStatus(target, CommentStatus.APPROVED)));
		}
		this.events.publishEvent(
				new CommentModerated(moderator, action.pastTense(), found.stream().map(Comment::getId).toList()));
		return found.size();
	}

	private static ModerationItem item(Comment comment, Map<Long, CommentTargets.CommentTarget> targets) {
		CommentTargets.CommentTarget target = targets.get(comment.getTargetId());
		return new ModerationItem(comment.getId(), comment.getStatus(), (target != null) ? target.title() : "(deleted)",
				(target != null) ? target.url() : null, comment.getParentId(), comment.getAuthorName(),
				comment.getAuthorEmail(), comment.getAddressHash().substring(0, 8), comment.getCreatedAt(),
				comment.getBodyHtml(), comment.getModeratedBy());
	}

}
