package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rustinwindows.portal.content.EntryArchive;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceFileFormat;
import org.rustinwindows.portal.tracker.StatusDesk;
import org.rustinwindows.portal.tracker.StatusFile;
import org.rustinwindows.portal.tracker.StatusFileFormat;

import org.springframework.stereotype.Component;

/**
 * Writes every entry outside the trash, every source and every status item as a zip in
 * the layout of the repository's {@code content/} folder, inside a {@code content/}
 * folder: unzipped at the repository's root, an export replaces the files it holds.
 */
@Component
class ContentExporter {

	static final String TOP_FOLDER = "content/";

	private final EntryArchive archive;

	private final EntryFileFormat format;

	private final SourceDesk sources;

	private final SourceFileFormat sourceFormat;

	private final StatusDesk statusItems;

	private final StatusFileFormat statusFormat;

	ContentExporter(EntryArchive archive, EntryFileFormat format, SourceDesk sources, SourceFileFormat sourceFormat,
			StatusDesk statusItems, StatusFileFormat statusFormat) {
		this.archive = archive;
		this.format = format;
		this.sources = sources;
		this.sourceFormat = sourceFormat;
		this.statusItems = statusItems;
		this.statusFormat = statusFormat;
	}

	void writeZip(OutputStream output) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8);
		// Entries are read in pages; one that is renamed meanwhile could come twice.
		Set<String> written = new HashSet<>();
		try {
			this.archive.forEachEntry((file) -> {
				String name = pathOf(file);
				if (written.add(name)) {
					write(zip, name, file);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		for (SourceDetails source : this.sources.all()) {
			zip.putNextEntry(new ZipEntry(TOP_FOLDER + ContentFileReader.SOURCES + "/" + source.slug() + ".md"));
			zip.write(this.sourceFormat.write(source).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		for (StatusFile item : this.statusItems.files()) {
			zip.putNextEntry(new ZipEntry(TOP_FOLDER + ContentFileReader.STATUS + "/" + item.text().slug() + ".md"));
			zip.write(this.statusFormat.write(item).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	static String pathOf(EntryFile file) {
		return TOP_FOLDER + file.entry().kind().pathSegment() + "/" + file.entry().slug() + ".md";
	}

	private void write(ZipOutputStream zip, String name, EntryFile file) {
		ZipEntry entry = new ZipEntry(name);
		Instant changed = (file.entry().updatedAt() != null) ? file.entry().updatedAt() : file.entry().publishedAt();
		if (changed != null) {
			entry.setLastModifiedTime(FileTime.from(changed));
		}
		try {
			zip.putNextEntry(entry);
			zip.write(this.format.write(file).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
