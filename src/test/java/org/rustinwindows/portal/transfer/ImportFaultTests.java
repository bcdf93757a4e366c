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
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.search.BulkIndexing;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * An import that stops on a fault after some batches have committed still takes what they
 * wrote into the search index: the entries are in the database, and a reader must find
 * them.
 */
class ImportFaultTests {

	@Test
	void entriesCommittedBeforeAFaultAreIndexed() {
		EntryWriter writer = mock(EntryWriter.class);
		AtomicLong ids = new AtomicLong();
		given(writer.importFile(any(), anyString()))
			.willAnswer((call) -> new ImportOutcome(ImportOutcome.Result.CREATED, ids.incrementAndGet(), List.of()));
		BulkIndexing indexing = mock(BulkIndexing.class);
		ContentImporter importer = new ContentImporter(writer,
				new TransferProperties(1000, DataSize.ofMegabytes(1), DataSize.ofMegabytes(64), Duration.ofMinutes(5)),
				mock(PlatformTransactionManager.class), indexing);
		List<ContentFile> files = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			files.add(new ContentFile("articles/fault-" + i + ".md",
					TestEntries.entry(EntryKind.ARTICLE, "fault-" + i)
						.title("Fault")
						.summary("S")
						.body("B")
						.file(EntryStatus.DRAFT)));
		}
		ImportProgress failingAfterOneBatch = new ImportProgress() {

			@Override
			public void begin(int files) {
			}

			@Override
			public void stage(ImportStage stage) {
			}

			@Override
			public void written(int files) {
				throw new IllegalStateException("The progress page went away");
			}

		};

		assertThatIllegalStateException()
			.isThrownBy(() -> importer.importAll(new ContentFiles(files, List.of()), "test", failingAfterOneBatch));

		List<Long> firstBatch = new ArrayList<>();
		for (long id = 1; id <= 50; id++) {
			firstBatch.add(id);
		}
		then(indexing).should().indexCreated(firstBatch);
	}

}
