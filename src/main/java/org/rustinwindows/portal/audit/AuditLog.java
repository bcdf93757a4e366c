package org.rustinwindows.portal.audit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.rustinwindows.portal.accounts.AccountChanged;
import org.rustinwindows.portal.comments.CommentModerated;
import org.rustinwindows.portal.content.EntryChanged;
import org.rustinwindows.portal.content.SourceChanged;
import org.rustinwindows.portal.content.TagChanged;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.tracker.StatusItemChanged;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the other modules report. The listeners run synchronously inside the
 * publisher's transaction, so a change and its audit line are committed, or rolled back,
 * together.
 */
@Service
class AuditLog {

	static final int EVENTS_PER_PAGE = 50;

	private static final int TARGET_LENGTH = 400;

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(EntryChanged changed) {
		record(changed.actor(), changed.change().description(),
				changed.ref().kind().label() + " “" + changed.title() + "” (" + changed.ref() + ")");
	}

	@EventListener
	void on(TagChanged changed) {
		record(changed.actor(), changed.change().description(), changed.from() + " → " + changed.to());
	}

	@EventListener
	void on(SourceChanged changed) {
		record(changed.actor(), changed.change().description(), "“" + changed.title() + "” (" + changed.slug() + ")");
	}

	@EventListener
	void on(StatusItemChanged changed) {
		record(changed.actor(), changed.change().description(),
				"“" + changed.title() + "” (status/" + changed.slug() + ")");
	}

	@EventListener
	void on(AccountChanged changed) {
		record(changed.actor(), changed.change().description(), changed.username());
	}

	@EventListener
	void on(CommentModerated moderated) {
		List<Long> ids = moderated.commentIds();
		record(moderated.actor(), moderated.action(), ((ids.size() == 1) ? "comment " : ids.size() + " comments: ")
				+ ids.stream().map(String::valueOf).collect(Collectors.joining(", ")));
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent signedIn) {
		record(signedIn.getAuthentication().getName(), "signed in", "the admin");
	}

	@Transactional(readOnly = true)
	PageView<AuditEntry> page(String actor, int page) {
		Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		var pageable = PageNumbers.pageable(page, EVENTS_PER_PAGE);
		// Named in the order of an index (V8), the filtered column first, so that H2
		// reads the page from it instead of sorting the whole log.
		return PageNumbers.requireExisting(PageView.of((actor != null && !actor.isBlank())
				? this.events.findByActor(actor.strip(),
						pageable.withSort(Sort.by(Sort.Order.asc("actor")).and(newestFirst)))
				: this.events.findAll(pageable.withSort(newestFirst)), AuditEntry::of));
	}

	private void record(String actor, String action, String target) {
		String shortTarget = (target.length() > TARGET_LENGTH) ? target.substring(0, TARGET_LENGTH - 1) + "…" : target;
		this.events.save(new AuditEvent(this.clock.instant(), actor, action, shortTarget));
	}

}
