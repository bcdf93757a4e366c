package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.ImportOutcome;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.search.BulkIndexing;
import org.rustinwindows.portal.tracker.StatusDesk;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * How an import ends when it does not end well, over a mocked writer: when its time runs
 * out, and when it stops on a fault.
 */
class ContentImporterTests {

	private final EntryWriter writer = mock(EntryWriter.class);

	private final BulkIndexing indexing = mock(BulkIndexing.class);

	private ContentImporter importer(Duration maxImportTime) {
		return new ContentImporter(this.writer, mock(SourceDesk.class), mock(StatusDesk.class),
				new TransferProperties(1000, DataSize.ofMegabytes(1), DataSize.ofMegabytes(64), maxImportTime),
				mock(PlatformTransactionManager.class), this.indexing);
	}

	private static ContentFiles drafts(String prefix, int count) {
		List<ContentFile> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			files.add(new ContentFile("articles/" + prefix + i + ".md",
					TestEntries.entry(EntryKind.ARTICLE, prefix + i)
						.title("Title")
						.summary("S")
						.body("B")
						.file(EntryStatus.DRAFT)));
		}
		return new ContentFiles(files, List.of(), List.of(), List.of());
	}

	/**
	 * An archive whose files are slow to import stops once the import's time is up: the
	 * files left are reported as not imported instead of keeping a core busy for as long
	 * as they last.
	 */
	@Test
	void filesLeftWhenTheTimeRunsOutAreReportedNotImported() {
		given(this.writer.importFile(any(), anyString())).willAnswer((invocation) -> {
			Thread.sleep(100);
			return new ImportOutcome(ImportOutcome.Result.CREATED, 1, List.of());
		});

		ImportReport report = importer(Duration.ofMillis(250)).importAll(drafts("slow-", 20), "test",
				ImportProgress.NONE);

		assertThat(report.created()).hasSizeBetween(2, 5);
		assertThat(report.rejected()).hasSize(20 - report.created().size())
			.allSatisfy((rejection) -> assertThat(rejection.reason()).contains("ran out of its"));
	}

	/**
	 * An import that stops on a fault after some batches have committed still takes what
	 * they wrote into the search index: the entries are in the database, and a reader
	 * must find them.
	 */
	@Test
	void entriesCommittedBeforeAFaultAreIndexed() {
		AtomicLong ids = new AtomicLong();
		given(this.writer.importFile(any(), anyString()))
			.willAnswer((call) -> new ImportOutcome(ImportOutcome.Result.CREATED, ids.incrementAndGet(), List.of()));
		ImportProgress failingAfterOneBatch = new ImportProgress() {

			@Override
			public void written(int files) {
				throw new IllegalStateException("The progress page went away");
			}

		};

		assertThatIllegalStateException().isThrownBy(
				() -> importer(Duration.ofMinutes(5)).importAll(drafts("fault-", 120), "test", failingAfterOneBatch));

		List<Long> firstBatch = new ArrayList<>();
		for (long id = 1; id <= 50; id++) {
			firstBatch.add(id);
		}
		then(this.indexing).should().indexCreated(firstBatch);
	}

}
