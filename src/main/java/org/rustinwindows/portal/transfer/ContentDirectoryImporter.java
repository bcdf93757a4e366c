package org.rustinwindows.portal.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.search.BulkIndexing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the database: creates every entry of a content folder that the database lacks.
 * Entries the database already has are left alone, so that editors' changes survive a
 * restart. A bad file is reported with its path and the reason and skipped; the others
 * still load.
 */
@Component
class ContentDirectoryImporter {

	/**
	 * Files created in one transaction. Each commit is a write to disk for the database
	 * and for the search index: one per file made seeding ten thousand files take many
	 * minutes.
	 */
	private static final int BATCH = 50;

	private static final Logger logger = LoggerFactory.getLogger(ContentDirectoryImporter.class);

	private final ContentFileReader reader;

	private final EntryWriter writer;

	private final TransactionTemplate transaction;

	private final BulkIndexing indexing;

	ContentDirectoryImporter(ContentFileReader reader, EntryWriter writer, PlatformTransactionManager transactions,
			BulkIndexing indexing) {
		this.reader = reader;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.indexing = indexing;
	}

	ImportReport importMissing(Path contentDir) {
		ContentFiles read = this.reader.readFolder(contentDir);
		List<ImportReport.Rejection> rejected = new ArrayList<>(read.rejected());
		List<ContentFile> created = new ArrayList<>();
		List<EntryRef> unchanged = new ArrayList<>();
		List<ContentFile> missing = new ArrayList<>();
		for (ContentFile file : read.files()) {
			if (this.writer.exists(file.ref())) {
				unchanged.add(file.ref());
			}
			else {
				missing.add(file);
			}
		}
		LongSummaryStatistics unindexed = new LongSummaryStatistics();
		for (List<ContentFile> batch : batches(missing)) {
			List<Long> ids = createAll(batch);
			if (ids != null) {
				created.addAll(batch);
				ids.forEach(unindexed::accept);
			}
			else {
				// Something in the batch was refused: each file again on its own, so
				// that only the bad ones are left out.
				batch.forEach((file) -> createOne(file, created, rejected));
			}
		}
		if (unindexed.getCount() > 0) {
			this.indexing.index(unindexed.getMin(), unindexed.getMax());
		}
		rejected.forEach((rejection) -> logger.warn("Skipped content file {} in {}: {}", rejection.path(), contentDir,
				rejection.reason()));
		// Links are added once every entry exists, so that files may name each other in
		// any order.
		List<ImportReport.UnresolvedLink> unresolved = new ArrayList<>();
		for (List<ContentFile> batch : batches(created)) {
			this.transaction.executeWithoutResult((status) -> batch.forEach((file) -> {
				for (EntryRef absent : this.writer.link(file.ref(), file.file().related())) {
					logger.warn("{}: related entry {} does not exist; link skipped", file.path(), absent);
					unresolved.add(new ImportReport.UnresolvedLink(file.ref(), absent));
				}
			}));
		}
		return new ImportReport(created.stream().map(ContentFile::ref).toList(), List.of(), unchanged, rejected,
				unresolved);
	}

	/**
	 * Creates every file of the batch in one transaction, or none of them, and leaves
	 * them out of the search index, which indexes them together at the end. Inside a
	 * caller's transaction a refused file could not be undone alone, so there each file
	 * is created on its own.
	 * @return the new entries' ids, or {@code null} when the batch was not created
	 */
	private List<Long> createAll(List<ContentFile> batch) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		try {
			return this.transaction.execute((status) -> {
				this.indexing.deferInCurrentTransaction();
				return batch.stream().map((file) -> this.writer.create(file.file().entry())).toList();
			});
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void createOne(ContentFile file, List<ContentFile> created, List<ImportReport.Rejection> rejected) {
		try {
			this.writer.create(file.file().entry());
			created.add(file);
		}
		catch (IllegalArgumentException | DataAccessException ex) {
			rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// A fault in rendering one file must not keep the portal from starting with
			// the others.
			logger.error("Content file {} could not be imported", file.path(), ex);
			rejected.add(new ImportReport.Rejection(file.path(), "could not be imported: " + ex));
		}
	}

	private static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < items.size(); from += BATCH) {
			batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
		}
		return batches;
	}

}
