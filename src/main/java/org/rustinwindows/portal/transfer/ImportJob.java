package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One editor's import as it runs in the background: how far it has come, and its report
 * once it is done. Read from request threads while the import thread writes it; each
 * change is also handed to whoever keeps it for the other nodes ({@link ImportJobStore}).
 * (Its accessors are public for the templates.)
 */
final class ImportJob implements ImportProgress {

	private final String id;

	private final String source;

	private final String editor;

	private final Instant started;

	private final AtomicInteger written = new AtomicInteger();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile int files;

	private volatile ImportStage stage = ImportStage.WAITING;

	private volatile ImportReport report;

	private volatile Consumer<ImportJob> changed = (job) -> {
	};

	ImportJob(String source, String editor, Instant started) {
		this(UUID.randomUUID().toString(), source, editor, started);
	}

	private ImportJob(String id, String source, String editor, Instant started) {
		this.id = id;
		this.source = source;
		this.editor = editor;
		this.started = started;
	}

	/**
	 * An import as another node ran it, or runs it, as far as it had come when it was
	 * last kept.
	 */
	static ImportJob kept(String id, String source, String editor, Instant started, ImportStage stage, int files,
			int written, ImportReport report) {
		ImportJob job = new ImportJob(id, source, editor, started);
		job.files = files;
		job.written.set(written);
		job.stage = stage;
		job.report = report;
		if (stage == ImportStage.DONE || stage == ImportStage.FAILED) {
			job.finished.countDown();
		}
		return job;
	}

	/** Hands every change from now on to the listener. */
	void whenChanged(Consumer<ImportJob> listener) {
		this.changed = listener;
	}

	@Override
	public void begin(int files) {
		this.files = files;
		this.changed.accept(this);
	}

	@Override
	public void stage(ImportStage stage) {
		this.stage = stage;
		this.changed.accept(this);
	}

	@Override
	public void written(int files) {
		this.written.addAndGet(files);
		this.changed.accept(this);
	}

	void finish(ImportReport report) {
		this.report = report;
		this.stage = ImportStage.DONE;
		this.changed.accept(this);
		this.finished.countDown();
	}

	void fail() {
		this.stage = ImportStage.FAILED;
		this.changed.accept(this);
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
