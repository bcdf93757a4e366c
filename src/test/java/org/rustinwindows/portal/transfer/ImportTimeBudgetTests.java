package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.ImportOutcome;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.search.BulkIndexing;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * An archive whose files are slow to import stops once the import's time is up: the files
 * left are reported as not imported instead of keeping a core busy for as long as they
 * last.
 */
class ImportTimeBudgetTests {

	@Test
	void filesLeftWhenTheTimeRunsOutAreReportedNotImported() {
		EntryWriter slowWriter = mock(EntryWriter.class);
		given(slowWriter.importFile(any(), anyString())).willAnswer((invocation) -> {
			Thread.sleep(100);
			return new ImportOutcome(ImportOutcome.Result.CREATED, 1, List.of());
		});
		ContentImporter importer = new ContentImporter(slowWriter,
				new TransferProperties(100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(64), Duration.ofMillis(250)),
				mock(PlatformTransactionManager.class), mock(BulkIndexing.class));
		List<ContentFile> files = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			files.add(new ContentFile("articles/slow-" + i + ".md",
					TestEntries.entry(EntryKind.ARTICLE, "slow-" + i)
						.title("Slow")
						.summary("S")
						.body("B")
						.file(EntryStatus.DRAFT)));
		}

		ImportReport report = importer.importAll(new ContentFiles(files, List.of()), "test", ImportProgress.NONE);

		assertThat(report.created()).hasSizeBetween(2, 5);
		assertThat(report.rejected()).hasSize(20 - report.created().size())
			.allSatisfy((rejection) -> assertThat(rejection.reason()).contains("ran out of its"));
	}

}
