package org.rustinwindows.portal.content;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.rustinwindows.portal.comments.CommentCountChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A number that grows whenever published content may have changed: each entry or tag
 * change, and each change to an entry's approved comments. Whatever is built from content
 * (pages, feeds, sitemaps, counts) is kept with the version it was built at, and rebuilt
 * when the version moved on.
 * <p>
 * The number lives in the database, so that every node serving it sees a change on its
 * next request, whichever node made it. A transaction that changes content moves it as
 * its last statement before it commits: a node that reads the new number reads the change
 * with it, and the row is locked only while the commit lasts, after every other row the
 * transaction writes, so two writers cannot wait on each other through it.
 * <p>
 * Reading it costs a query, which is why a request reads it once and keeps it for its
 * remaining uses (it sees content as of its start), and why concurrent requests share one
 * query: a request takes the answer of a query that started after it arrived, which
 * cannot miss a change committed before, or makes that query itself.
 */
@Component
public class ContentVersion {

	private static final String SEEN_BY_REQUEST = ContentVersion.class.getName() + ".seen";

	private final Store store;

	/** Moves made on this node alone, which the database does not hold (tests). */
	private final AtomicLong movedHere = new AtomicLong();

	/** Numbers the arrivals of reads and the starts of queries on one scale. */
	private final AtomicLong ticket = new AtomicLong();

	private final ReentrantLock querying = new ReentrantLock();

	private volatile Query last = new Query(0, 0);

	@Autowired
	ContentVersion(ContentVersionRow row) {
		this((Store) row);
	}

	ContentVersion(Store store) {
		this.store = store;
	}

	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(SEEN_BY_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof Long seen) {
			return seen;
		}
		long current = stored() + this.movedHere.get();
		if (request != null) {
			request.setAttribute(SEEN_BY_REQUEST, current, RequestAttributes.SCOPE_REQUEST);
		}
		return current;
	}

	/**
	 * Moves the version for a change that no event announces, such as entries taken into
	 * the search index after they committed: what was built in between is built again.
	 * Inside a transaction, when it commits.
	 */
	public void advance() {
		moveOnCommit();
	}

	@EventListener
	void entryChanged(EntryChanged change) {
		moveOnCommit();
	}

	@EventListener
	void tagChanged(TagChanged change) {
		moveOnCommit();
	}

	@EventListener
	void sourceChanged(SourceChanged change) {
		moveOnCommit();
	}

	/** An approved comment shows on its entry's page and in the entry's count. */
	@EventListener
	void commentCountChanged(CommentCountChanged change) {
		moveOnCommit();
	}

	/**
	 * Moves the version on this node alone, for tests whose transactions roll back and so
	 * never move the stored one.
	 */
	void moveHere() {
		this.movedHere.incrementAndGet();
	}

	/** Once per transaction, however many changes it makes; at once outside of one. */
	private void moveOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.store.move();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				ContentVersion.this.store.move();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ContentVersion.this);
			}

		});
	}

	private long stored() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// With a connection held, waiting for another thread's query could leave the
			// pool without one for it.
			return this.store.read();
		}
		long arrival = this.ticket.incrementAndGet();
		Query query = this.last;
		if (query.start() > arrival) {
			return query.version();
		}
		this.querying.lock();
		try {
			query = this.last;
			if (query.start() > arrival) {
				return query.version();
			}
			long start = this.ticket.incrementAndGet();
			query = new Query(start, this.store.read());
			this.last = query;
			return query.version();
		}
		finally {
			this.querying.unlock();
		}
	}

	/** A query of the stored version: its answer, and the ticket it started at. */
	private record Query(long start, long version) {

	}

	/** Where the version is kept. */
	interface Store {

		long read();

		/** Within the current transaction, if any. */
		void move();

	}

}
