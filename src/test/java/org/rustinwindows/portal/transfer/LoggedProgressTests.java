package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeding a large folder says in the log how far it has come, every few seconds; a short
 * one says nothing until its summary.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoggedProgressTests {

	private final AtomicLong now = new AtomicLong();

	@Test
	void aLongImportLogsItsCountEveryFewSecondsAndWhenItStartsIndexing(CapturedOutput output) {
		LoggedProgress progress = new LoggedProgress("Seeding from big", this.now::get);
		progress.begin(100);
		progress.written(50);
		assertThat(output).doesNotContain("Seeding from big");

		this.now.addAndGet(Duration.ofSeconds(6).toNanos());
		progress.written(25);
		progress.written(25);
		progress.stage(ImportStage.INDEXING);

		assertThat(output).contains("Seeding from big: 75 of 100 files written")
			.doesNotContain("100 of 100")
			.contains("Seeding from big: 100 files written; adding them to the search index");
	}

	@Test
	void aShortImportLogsNothing(CapturedOutput output) {
		LoggedProgress progress = new LoggedProgress("Seeding from small", this.now::get);
		progress.begin(38);
		progress.written(38);
		progress.stage(ImportStage.INDEXING);
		progress.stage(ImportStage.LINKING);

		assertThat(output).doesNotContain("Seeding from small");
	}

}
