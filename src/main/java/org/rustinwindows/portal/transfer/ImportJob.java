package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One editor's import as it runs in the background: how far it has come, and its report
 * once it is done. Read from request threads while the import thread writes it. (Its
 * accessors are public for the templates.)
 */
final class ImportJob implements ImportProgress {

	private final String id = UUID.randomUUID().toString();

	private final String source;

	private final String editor;

	private final Instant started;

	private final AtomicInteger written = new AtomicInteger();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile int files;

	private volatile ImportStage stage = ImportStage.WAITING;

	private volatile ImportReport report;

	ImportJob(String source, String editor, Instant started) {
		this.source = source;
		this.editor = editor;
		this.started = started;
	}

	@Override
	public void begin(int files) {
		this.files = files;
	}

	@Override
	public void stage(ImportStage stage) {
		this.stage = stage;
	}

	@Override
	public void written(int files) {
		this.written.addAndGet(files);
	}

	void finish(ImportReport report) {
		this.report = report;
		this.stage = ImportStage.DONE;
		this.finished.countDown();
	}

	void fail() {
		this.stage = ImportStage.FAILED;
		this.finished.countDown();
	}

	/**
	 * Waits until the import has finished, or failed.
	 * @return whether it has, within the time given
	 */
	boolean await(Duration timeout) throws InterruptedException {
		return this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	public String id() {
		return this.id;
	}

	public String source() {
		return this.source;
	}

	public String editor() {
		return this.editor;
	}

	public Instant started() {
		return this.started;
	}

	public ImportStage stage() {
		return this.stage;
	}

	public boolean isRunning() {
		return this.finished.getCount() > 0;
	}

	public int files() {
		return this.files;
	}

	public int written() {
		return this.written.get();
	}

	/**
	 * The report, once the import is {@linkplain ImportStage#DONE done}; else
	 * {@code null}.
	 */
	public ImportReport report() {
		return this.report;
	}

}
