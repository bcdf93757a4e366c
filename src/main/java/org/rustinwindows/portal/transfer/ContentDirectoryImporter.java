package org.rustinwindows.portal.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Seeds the database: creates every entry of a content folder that the database lacks.
 * Entries the database already has are left alone, so that editors' changes survive a
 * restart. A bad file is reported with its path and the reason and skipped; the others
 * still load.
 */
@Component
class ContentDirectoryImporter {

	private static final Logger logger = LoggerFactory.getLogger(ContentDirectoryImporter.class);

	private final ContentFileReader reader;

	private final EntryWriter writer;

	ContentDirectoryImporter(ContentFileReader reader, EntryWriter writer) {
		this.reader = reader;
		this.writer = writer;
	}

	ImportReport importMissing(Path contentDir) {
		ContentFiles read = this.reader.readFolder(contentDir);
		List<ImportReport.Rejection> rejected = new ArrayList<>(read.rejected());
		List<ContentFile> created = new ArrayList<>();
		List<EntryRef> unchanged = new ArrayList<>();
		for (ContentFile file : read.files()) {
			if (this.writer.exists(file.ref())) {
				unchanged.add(file.ref());
				continue;
			}
			try {
				this.writer.create(file.file().entry());
				created.add(file);
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				rejected.add(new ImportReport.Rejection(file.path(), ex.getMessage()));
			}
			catch (RuntimeException ex) {
				// A fault in rendering one file must not keep the portal from starting
				// with the others.
				logger.error("Content file {} could not be imported", file.path(), ex);
				rejected.add(new ImportReport.Rejection(file.path(), "could not be imported: " + ex));
			}
		}
		rejected.forEach((rejection) -> logger.warn("Skipped content file {} in {}: {}", rejection.path(), contentDir,
				rejection.reason()));
		// Links are added once every entry exists, so that files may name each other in
		// any order.
		List<ImportReport.UnresolvedLink> unresolved = new ArrayList<>();
		for (ContentFile file : created) {
			for (EntryRef missing : this.writer.link(file.ref(), file.file().related())) {
				logger.warn("{}: related entry {} does not exist; link skipped", file.path(), missing);
				unresolved.add(new ImportReport.UnresolvedLink(file.ref(), missing));
			}
		}
		return new ImportReport(created.stream().map(ContentFile::ref).toList(), List.of(), unchanged, rejected,
				unresolved);
	}

}
