package org.rustinwindows.portal.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs Markdown parsers, whose cost a hostile text can blow up, within bounds: on a few
 * worker threads with deep stacks (Flexmark recurses once per nesting level, and a few
 * thousand {@code >} or {@code *} overflowed an ordinary stack), and against a deadline
 * that the text itself enforces: the parser reads it through a {@link CharSequence} that
 * throws once the time is up, so a runaway parse stops instead of burning a core on.
 */
@Component
public class RenderBudget implements DisposableBean {

	/** Deep enough for the deepest nesting that fits in the largest entry. */
	private static final long STACK_BYTES = 256L * 1024 * 1024;

	private final RenderingProperties properties;

	private final ThreadPoolExecutor workers;

	public RenderBudget(RenderingProperties properties) {
		this.properties = properties;
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(Math.max(1, properties.waiting())), (task) -> {
					Thread thread = new Thread(null, task, "markdown-" + count.incrementAndGet(), STACK_BYTES);
					thread.setDaemon(true);
					return thread;
				});
		this.workers.allowCoreThreadTimeOut(true);
	}

	/**
	 * Applies the work to the text within the budget.
	 * @throws RenderBudgetExceededException when it took too long, nested too deeply, or
	 * every worker was busy
	 */
	public <T> T apply(String text, Function<CharSequence, T> work) {
		long deadline = System.nanoTime() + this.properties.timeLimit().toNanos();
		Future<T> result;
		try {
			result = this.workers.submit(() -> work.apply(new DeadlineText(text, deadline)));
		}
		catch (RejectedExecutionException ex) {
			throw new RenderBudgetExceededException(RenderBudgetExceededException.Reason.BUSY);
		}
		try {
			// The deadline starts before the wait for a worker; the grace covers the work
			// after the parse that no longer reads the text (sanitizing its HTML).
			return result.get(this.properties.timeLimit().toNanos() * 3, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			throw new RenderBudgetExceededException(RenderBudgetExceededException.Reason.TOO_SLOW);
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new RenderBudgetExceededException(RenderBudgetExceededException.Reason.BUSY);
		}
		catch (ExecutionException ex) {
			throw translated(ex.getCause());
		}
	}

	private static RuntimeException translated(Throwable failure) {
		if (failure instanceof DeadlineText.TimeUp) {
			return new RenderBudgetExceededException(RenderBudgetExceededException.Reason.TOO_SLOW);
		}
		if (failure instanceof StackOverflowError) {
			return new RenderBudgetExceededException(RenderBudgetExceededException.Reason.TOO_DEEP);
		}
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(failure);
	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
	}

	/**
	 * The text as the parser reads it, one character at a time; every few thousand reads
	 * it looks at the clock.
	 */
	private static final class DeadlineText implements CharSequence {

		private static final int READS_BETWEEN_CHECKS = 4096;

		private final String text;

		private final int start;

		private final int end;

		private final long deadline;

		private final int[] reads;

		DeadlineText(String text, long deadline) {
			this(text, 0, text.length(), deadline, new int[1]);
		}

		private DeadlineText(String text, int start, int end, long deadline, int[] reads) {
			this.text = text;
			this.start = start;
			this.end = end;
			this.deadline = deadline;
			this.reads = reads;
		}

		@Override
		public int length() {
			return this.end - this.start;
		}

		@Override
		public char charAt(int index) {
			if (++this.reads[0] >= READS_BETWEEN_CHECKS) {
				this.reads[0] = 0;
				if (System.nanoTime() > this.deadline) {
					throw new TimeUp();
				}
			}
			return this.text.charAt(this.start + index);
		}

		@Override
		public CharSequence subSequence(int from, int to) {
			if (from < 0 || to > length() || from > to) {
				throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length());
			}
			return new DeadlineText(this.text, this.start + from, this.start + to, this.deadline, this.reads);
		}

		@Override
		public String toString() {
			return this.text.substring(this.start, this.end);
		}

		/** Thrown through the parser once the deadline has passed. */
		static final class TimeUp extends RuntimeException {

			TimeUp() {
				super("Rendering took longer than its budget", null, false, false);
			}

		}

	}

}
