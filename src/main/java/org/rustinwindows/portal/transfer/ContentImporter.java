package org.rustinwindows.portal.transfer;

import java.util.ArrayList;
import java.util.List;

import org.rustinwindows.portal.content.EntryChanged;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.ImportOutcome;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.search.BulkIndexing;
import org.rustinwindows.portal.tracker.StatusDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes content files into the database: the one path for seeding from the content
 * folder and for an editor's import of an archive or of the folder.
 * <p>
 * Files are written {@value #BATCH} to a transaction and left out of the search index,
 * which takes them in together at the end: a commit and an index update per file made ten
 * thousand files take many minutes. When a batch fails, its files are written again one
 * per transaction, so that only the bad ones are rejected, each with its reason. Links
 * come last, once every file is in, so that files may name each other in any order.
 * Entries the files do not mention are left alone.
 */
@Component
class ContentImporter {

	private static final int BATCH = 50;

	private static final Logger logger = LoggerFactory.getLogger(ContentImporter.class);

	private final EntryWriter writer;

	private final SourceDesk sourceDesk;

	private final StatusDesk statusDesk;

	private final TransferProperties properties;

	private final TransactionTemplate transaction;

	private final BulkIndexing indexing;

	ContentImporter(EntryWriter writer, SourceDesk sourceDesk, StatusDesk statusDesk, TransferProperties properties,
			PlatformTransactionManager transactions, BulkIndexing indexing) {
		this.writer = writer;
		this.sourceDesk = sourceDesk;
		this.statusDesk = statusDesk;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.indexing = indexing;
	}

	/**
	 * Seeding: creates, as the portal, the entries the database lacks, and leaves the
	 * ones it has alone, so that editors' changes survive a restart.
	 */
	ImportReport importMissing(ContentFiles read, ImportProgress progress) {
		return load(read, Long.MAX_VALUE, progress, EntryChanged.PORTAL, false, (file) -> {
			if (this.writer.exists(file.ref())) {
				return Written.LEFT_ALONE;
			}
			long id = this.writer.create(file.file().entry());
			return new Written(ImportOutcome.Result.CREATED, id, file.file().related());
		});
	}

	/**
	 * An editor's import: creates the entries the database lacks and updates the ones
	 * that differ, dates and state included, each change with a revision. Files left when
	 * the import's time runs out are reported as not imported.
	 */
	ImportReport importAll(ContentFiles read, String editor, ImportProgress progress) {
		long deadline = System.nanoTime() + this.properties.maxImportTime().toNanos();
		ImportReport report = load(read, deadline, progress, editor, true,
				(file) -> Written.of(this.writer.importFile(file.file(), editor)));
		logger.info("Import by {}: {} created, {} updated, {} unchanged, {} rejected", editor, report.created().size(),
				report.updated().size(), report.unchanged().size(), report.rejected().size());
		return report;
	}

	private ImportReport load(ContentFiles read, long deadline, ImportProgress progress, String editor, boolean replace,
			FileWrite write) {
		Tally tally = new Tally(read.rejected());
		// Sources first, so that the entries' citations find them described.
		writeSources(read.sources(), editor, replace, tally);
		List<ContentFile> files = read.files();
		progress.begin(files.size());
		progress.stage(ImportStage.WRITING);
		// Inside a caller's transaction nothing can be undone batch by batch, and the
		// index could not see what is not committed yet: there each file is written and
		// indexed as any single change is.
		boolean bulk = !TransactionSynchronizationManager.isActualTransactionActive();
		int written;
		try {
			written = writeAll(files, deadline, bulk, progress, write, tally);
		}
		finally {
			if (bulk) {
				// Also when the writing stopped on a fault: what committed is found.
				progress.stage(ImportStage.INDEXING);
				this.indexing.indexCreated(tally.createdIds);
				this.indexing.indexChanged(tally.updatedIds);
			}
		}
		for (ContentFile left : files.subList(written, files.size())) {
			tally.rejected.add(new ImportReport.Rejection(left.path(), "was not imported: the import ran out of its "
					+ this.properties.maxImportTime().toMinutes() + " minutes; import the archive again to go on"));
		}
		progress.written(files.size() - written);
		progress.stage(ImportStage.LINKING);
		List<ImportReport.UnresolvedLink> unresolved = link(tally.toLink);
		// Status items last: they cite sources and link to entries.
		writeStatusItems(read.statusItems(), editor, replace, tally);
		return tally.report(unresolved);
	}

	/**
	 * Writes the files a batch at a time, or file by file where a batch failed or a
	 * caller's transaction holds them all, until they are done or the time runs out.
	 * @return how many of the files were written or rejected
	 */
	private int writeAll(List<ContentFile> files, long deadline, boolean bulk, ImportProgress progress, FileWrite write,
			Tally tally) {
		int next = 0;
		while (next < files.size() && System.nanoTime() < deadline) {
			List<ContentFile> batch = files.subList(next, Math.min(files.size(), next + BATCH));
			List<Written> written = bulk ? writeBatch(batch, deadline, write) : null;
			if (written != null) {
				for (int i = 0; i < written.size(); i++) {
					tally.add(batch.get(i), written.get(i));
				}
				next += written.size();
				progress.written(written.size());
				continue;
			}
			for (ContentFile file : batch) {
				if (System.nanoTime() >= deadline) {
					break;
				}
				writeAlone(file, bulk, write, tally);
				next++;
				progress.written(1);
			}
		}
		return next;
	}

	/**
	 * Writes the batch's files in one transaction, as many as the time allows but at
	 * least one.
	 * @return what was written of each file, in order, or {@code null} when the batch
	 * failed and nothing of it was kept
	 */
	private List<Written> writeBatch(List<ContentFile> batch, long deadline, FileWrite write) {
		try {
			return this.transaction.execute((status) -> {
				this.indexing.deferInCurrentTransaction();
				List<Written> written = new ArrayList<>(batch.size());
				for (ContentFile file : batch) {
					if (!written.isEmpty() && System.nanoTime() >= deadline) {
						break;
					}
					written.add(write.write(file));
					this.writer.release();
				}
				return written;
			});
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void writeAlone(ContentFile file, boolean bulk, FileWrite write, Tally tally) {
		try {
			tally.add(file, this.transaction.execute((status) -> {
				if (bulk) {
					this.indexing.deferInCurrentTransaction();
				}
				return write.write(file);
			}));
		}
		catch (IllegalArgumentException | DataAccessException ex) {
			tally.rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// A fault in the portal with one file must not keep the others out.
			logger.error("Content file {} could not be imported", file.path(), ex);
			tally.rejected
				.add(new ImportReport.Rejection(file.path(), "could not be imported because of a fault in the portal ("
						+ ex.getClass().getSimpleName() + "); the log has the details"));
		}
	}

	private void writeSources(List<SourceContentFile> sources, String editor, boolean replace, Tally tally) {
		for (SourceContentFile file : sources) {
			try {
				if (Boolean.TRUE.equals(this.transaction
					.execute((status) -> this.sourceDesk.importSource(file.source(), editor, replace)))) {
					tally.sources++;
				}
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				tally.rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
			}
		}
	}

	private void writeStatusItems(List<StatusContentFile> items, String editor, boolean replace, Tally tally) {
		for (StatusContentFile file : items) {
			try {
				if (Boolean.TRUE.equals(this.transaction
					.execute((status) -> this.statusDesk.importItem(file.item(), editor, replace)))) {
					tally.statusItems++;
				}
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				tally.rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
			}
		}
	}

	private List<ImportReport.UnresolvedLink> link(List<Unlinked> toLink) {
		List<ImportReport.UnresolvedLink> unresolved = new ArrayList<>();
		for (int from = 0; from < toLink.size(); from += BATCH) {
			List<Unlinked> batch = toLink.subList(from, Math.min(toLink.size(), from + BATCH));
			this.transaction.executeWithoutResult((status) -> batch.forEach((unlinked) -> {
				for (EntryRef absent : this.writer.link(unlinked.from(), unlinked.targets())) {
					unresolved.add(new ImportReport.UnresolvedLink(unlinked.from(), absent));
				}
				this.writer.release();
			}));
		}
		return unresolved;
	}

	/**
	 * Writes one file within the current transaction.
	 */
	@FunctionalInterface
	private interface FileWrite {

		Written write(ContentFile file);

	}

	/**
	 * What writing one file did.
	 *
	 * @param result created, updated, or unchanged (or left alone)
	 * @param entryId the entry, or {@code null} when seeding left it alone
	 * @param unlinked the related entries still to link
	 */
	private record Written(ImportOutcome.Result result, Long entryId, List<EntryRef> unlinked) {

		static final Written LEFT_ALONE = new Written(ImportOutcome.Result.UNCHANGED, null, List.of());

		static Written of(ImportOutcome outcome) {
			return new Written(outcome.result(), outcome.entryId(), outcome.missingLinks());
		}

	}

	private record Unlinked(EntryRef from, List<EntryRef> targets) {

	}

	/**
	 * What the import has done so far, file by file.
	 */
	private static final class Tally {

		private final List<EntryRef> created = new ArrayList<>();

		private final List<EntryRef> updated = new ArrayList<>();

		private final List<EntryRef> unchanged = new ArrayList<>();

		private final List<ImportReport.Rejection> rejected;

		private final List<Long> createdIds = new ArrayList<>();

		private final List<Long> updatedIds = new ArrayList<>();

		private final List<Unlinked> toLink = new ArrayList<>();

		private int sources;

		private int statusItems;

		Tally(List<ImportReport.Rejection> unreadable) {
			this.rejected = new ArrayList<>(unreadable);
		}

		void add(ContentFile file, Written written) {
			switch (written.result()) {
				case CREATED -> {
					this.created.add(file.ref());
					this.createdIds.add(written.entryId());
				}
				case UPDATED -> {
					this.updated.add(file.ref());
					this.updatedIds.add(written.entryId());
				}
				case UNCHANGED -> this.unchanged.add(file.ref());
			}
			if (!written.unlinked().isEmpty()) {
				this.toLink.add(new Unlinked(file.ref(), written.unlinked()));
			}
		}

		ImportReport report(List<ImportReport.UnresolvedLink> unresolved) {
			return new ImportReport(this.created, this.updated, this.unchanged, this.rejected, unresolved, this.sources,
					this.statusItems);
		}

	}

}
