package org.rustinwindows.portal.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Creates every entry of a content folder that the database lacks. Entries the database
 * already has are left alone, so that editors' changes survive a restart. A bad file is
 * reported with its path and the reason and skipped; the others still load.
 */
@Component
class ContentDirectoryImporter {

	private static final Logger logger = LoggerFactory.getLogger(ContentDirectoryImporter.class);

	private final EntryFileFormat format;

	private final EntryWriter writer;

	ContentDirectoryImporter(EntryFileFormat format, EntryWriter writer) {
		this.format = format;
		this.writer = writer;
	}

	ImportReport importMissing(Path contentDir) {
		List<ImportReport.Rejection> rejected = new ArrayList<>();
		List<ContentFile> files = readAll(contentDir, rejected);
		List<ContentFile> created = new ArrayList<>();
		List<EntryRef> unchanged = new ArrayList<>();
		for (ContentFile file : files) {
			if (this.writer.exists(file.ref())) {
				unchanged.add(file.ref());
				continue;
			}
			try {
				this.writer.create(file.file().entry());
				created.add(file);
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				reject(rejected, file.path(), ex.getMessage());
			}
			catch (RuntimeException ex) {
				// A fault in rendering one file must not keep the portal from starting
				// with the others.
				logger.error("Content file {} could not be imported", file.path(), ex);
				reject(rejected, file.path(), "could not be imported: " + ex);
			}
		}
		// Links are added once every entry exists, so that files may name each other in
		// any order.
		for (ContentFile file : created) {
			for (EntryRef missing : this.writer.link(file.ref(), file.file().related())) {
				logger.warn("{}: related entry {} does not exist; link skipped", file.path(), missing);
			}
		}
		return new ImportReport(created.stream().map(ContentFile::ref).toList(), unchanged, rejected);
	}

	private List<ContentFile> readAll(Path contentDir, List<ImportReport.Rejection> rejected) {
		List<ContentFile> files = new ArrayList<>();
		for (EntryKind kind : EntryKind.values()) {
			Map<String, Path> slugs = new HashMap<>();
			for (Path path : markdownFiles(contentDir.resolve(kind.pathSegment()))) {
				try {
					ContentFile file = new ContentFile(path, this.format.parse(kind, read(path)));
					Path earlier = slugs.putIfAbsent(file.ref().slug(), path);
					if (earlier != null) {
						reject(rejected, path,
								"duplicate slug '" + file.ref().slug() + "', already used by " + earlier.getFileName());
						continue;
					}
					files.add(file);
				}
				catch (InvalidEntryFileException ex) {
					reject(rejected, path, ex.getMessage());
				}
			}
		}
		return files;
	}

	private static List<Path> markdownFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter((path) -> path.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	private static String read(Path path) throws InvalidEntryFileException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidEntryFileException("not UTF-8 text", ex);
		}
		catch (IOException ex) {
			throw new InvalidEntryFileException("cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static void reject(List<ImportReport.Rejection> rejected, Path path, String reason) {
		logger.warn("Skipped content file {}: {}", path, reason);
		rejected.add(new ImportReport.Rejection(path, reason));
	}

}
