package org.rustinwindows.portal.content;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.Latches.await;

class ContentVersionTests {

	private final CountingStore store = new CountingStore();

	private final ContentVersion version = new ContentVersion(this.store);

	@AfterEach
	void leaveNoTransactionOrRequest() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aChangeOutsideATransactionMovesTheStoredVersionAtOnce() {
		long before = this.version.current();
		this.version.entryChanged(null);
		assertThat(this.store.moves).hasValue(1);
		assertThat(this.version.current()).isGreaterThan(before);
	}

	@Test
	void aTransactionMovesItOnceJustBeforeItCommits() {
		beginTransaction();
		this.version.entryChanged(null);
		this.version.tagChanged(null);
		this.version.advance();
		assertThat(this.store.moves).hasValue(0);
		commit();
		assertThat(this.store.moves).hasValue(1);

		beginTransaction();
		this.version.entryChanged(null);
		commit();
		assertThat(this.store.moves).as("a second transaction moves it again").hasValue(2);
	}

	@Test
	void aTransactionRolledBackLeavesItAlone() {
		beginTransaction();
		this.version.commentCountChanged(null);
		endTransaction(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(this.store.moves).hasValue(0);
	}

	@Test
	void aRequestReadsItOnceAndKeepsItToTheEnd() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		long seen = this.version.current();
		this.version.entryChanged(null);
		assertThat(this.version.current()).isEqualTo(seen);
		assertThat(this.store.reads).hasValue(1);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(this.version.current()).as("the next request").isGreaterThan(seen);
	}

	@Test
	void aReaderNeverTakesTheAnswerOfAQueryThatStartedBeforeItArrived() throws Exception {
		CountDownLatch releaseFirstQuery = new CountDownLatch(1);
		CompletableFuture<Long> early = readerHeldInTheFirstQuery(releaseFirstQuery);
		this.version.entryChanged(null);
		CompletableFuture<Long> late = CompletableFuture.supplyAsync(this.version::current);
		// The late reader waits on the query under way; it must not take its answer.
		Thread.sleep(50);
		releaseFirstQuery.countDown();
		assertThat(early.get(5, TimeUnit.SECONDS)).isEqualTo(0);
		assertThat(late.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(this.store.reads).hasValue(2);
	}

	@Test
	void readersThatArriveTogetherShareQueries() throws Exception {
		CountDownLatch releaseFirstQuery = new CountDownLatch(1);
		CompletableFuture<Long> first = readerHeldInTheFirstQuery(releaseFirstQuery);
		CompletableFuture<?>[] waiting = new CompletableFuture<?>[8];
		for (int i = 0; i < waiting.length; i++) {
			waiting[i] = CompletableFuture.supplyAsync(this.version::current);
		}
		Thread.sleep(50);
		releaseFirstQuery.countDown();
		CompletableFuture.allOf(waiting).get(5, TimeUnit.SECONDS);
		first.get(5, TimeUnit.SECONDS);
		assertThat(this.store.reads).as("the first query, and one for all who waited on it").hasValue(2);
	}

	/**
	 * A reader whose query, the store's first read, has started and waits to be released.
	 */
	private CompletableFuture<Long> readerHeldInTheFirstQuery(CountDownLatch release) {
		CountDownLatch started = new CountDownLatch(1);
		this.store.onRead = (reads) -> {
			if (reads == 1) {
				started.countDown();
				await(release);
			}
		};
		CompletableFuture<Long> reader = CompletableFuture.supplyAsync(this.version::current);
		await(started);
		return reader;
	}

	private static void beginTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	private static void commit() {
		TransactionSynchronizationManager.getSynchronizations().forEach((sync) -> sync.beforeCommit(false));
		endTransaction(TransactionSynchronization.STATUS_COMMITTED);
	}

	private static void endTransaction(int status) {
		TransactionSynchronizationManager.getSynchronizations().forEach((sync) -> sync.afterCompletion(status));
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	private static final class CountingStore implements ContentVersion.Store {

		final AtomicLong stored = new AtomicLong();

		final AtomicInteger reads = new AtomicInteger();

		final AtomicInteger moves = new AtomicInteger();

		volatile IntConsumer onRead = (reads) -> {
		};

		@Override
		public long read() {
			long value = this.stored.get();
			this.onRead.accept(this.reads.incrementAndGet());
			return value;
		}

		@Override
		public void move() {
			this.moves.incrementAndGet();
			this.stored.incrementAndGet();
		}

	}

}
