package org.rustinwindows.portal.transfer;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final ContentImporter importer;

	ContentDirectoryImporter(ContentFileReader reader, ContentImporter importer) {
		this.reader = reader;
		this.importer = importer;
	}

	ImportReport importMissing(Path contentDir) {
		ImportReport report = this.importer.importMissing(this.reader.readFolder(contentDir),
				new LoggedProgress("Seeding from " + contentDir));
		report.rejected()
			.forEach((rejection) -> logger.warn("Skipped content file {} in {}: {}", rejection.path(), contentDir,
					rejection.reason()));
		report.unresolvedLinks()
			.forEach((link) -> logger.warn("{} in {}: related entry {} does not exist; link skipped", link.from(),
					contentDir, link.to()));
		return report;
	}

}
