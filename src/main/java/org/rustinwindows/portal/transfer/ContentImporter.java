package org.rustinwindows.portal.transfer;

import java.util.ArrayList;
import java.util.List;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.ImportOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Brings the database in line with a set of content files: creates the entries it lacks
 * and updates the ones that differ, dates and state included. Each file is saved in its
 * own transaction, with a revision and an audit line, so that one bad file is rejected
 * with its reason while the others go in; entries the files do not mention are left
 * alone.
 */
@Component
class ContentImporter {

	private static final Logger logger = LoggerFactory.getLogger(ContentImporter.class);

	private final EntryWriter writer;

	private final TransferProperties properties;

	ContentImporter(EntryWriter writer, TransferProperties properties) {
		this.writer = writer;
		this.properties = properties;
	}

	ImportReport importAll(ContentFiles read, String editor) {
		List<EntryRef> created = new ArrayList<>();
		List<EntryRef> updated = new ArrayList<>();
		List<EntryRef> unchanged = new ArrayList<>();
		List<ImportReport.Rejection> rejected = new ArrayList<>(read.rejected());
		List<ContentFile> toLink = new ArrayList<>();
		long deadline = System.nanoTime() + this.properties.maxImportTime().toNanos();
		for (ContentFile file : read.files()) {
			// Each body renders within its own budget; this bounds the archive as a
			// whole,
			// so that many costly files cannot keep a core busy for hours.
			if (System.nanoTime() > deadline) {
				rejected.add(new ImportReport.Rejection(file.path(), "was not imported: the import ran out of its "
						+ this.properties.maxImportTime().toMinutes() + " minutes; import the archive again to go on"));
				continue;
			}
			try {
				ImportOutcome outcome = this.writer.importFile(file.file(), editor);
				switch (outcome.result()) {
					case CREATED -> created.add(file.ref());
					case UPDATED -> updated.add(file.ref());
					case UNCHANGED -> unchanged.add(file.ref());
				}
				if (!outcome.missingLinks().isEmpty()) {
					toLink.add(file);
				}
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
			}
			catch (RuntimeException ex) {
				logger.error("Content file {} could not be imported", file.path(), ex);
				rejected.add(new ImportReport.Rejection(file.path(),
						"could not be imported because of a fault in the portal (" + ex.getClass().getSimpleName()
								+ "); the log has the details"));
			}
		}
		// A file may name entries that come later in the import: link those now that
		// every file is in.
		List<ImportReport.UnresolvedLink> unresolved = new ArrayList<>();
		for (ContentFile file : toLink) {
			for (EntryRef missing : this.writer.link(file.ref(), file.file().related())) {
				unresolved.add(new ImportReport.UnresolvedLink(file.ref(), missing));
			}
		}
		logger.info("Import by {}: {} created, {} updated, {} unchanged, {} rejected", editor, created.size(),
				updated.size(), unchanged.size(), rejected.size());
		return new ImportReport(created, updated, unchanged, rejected, unresolved);
	}

}
