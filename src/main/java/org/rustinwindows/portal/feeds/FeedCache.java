package org.rustinwindows.portal.feeds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.rustinwindows.portal.content.EntryChanged;
import org.rustinwindows.portal.content.TagChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each built feed until the content changes, so that polling costs a lookup, not a
 * query, however large the database. A change drops every feed at once (once it has
 * committed); feeds are rebuilt on their next request.
 * <p>
 * A feed being built while a change commits is kept in the generation it started in,
 * which the change has already discarded, so it is never served stale afterwards.
 */
@Component
class FeedCache {

	private final AtomicReference<Map<Key, FeedDocument>> generation = new AtomicReference<>(new ConcurrentHashMap<>());

	private final FeedBuilder builder;

	FeedCache(FeedBuilder builder) {
		this.builder = builder;
	}

	FeedDocument get(FeedScope scope, FeedFormat format) {
		Map<Key, FeedDocument> current = this.generation.get();
		return current.computeIfAbsent(new Key(scope, format), (key) -> this.builder.build(scope, format));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void entryChanged(EntryChanged change) {
		discardAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void tagChanged(TagChanged change) {
		discardAll();
	}

	void discardAll() {
		this.generation.set(new ConcurrentHashMap<>());
	}

	private record Key(FeedScope scope, FeedFormat format) {

	}

}
