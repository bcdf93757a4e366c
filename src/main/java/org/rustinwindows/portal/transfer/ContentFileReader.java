package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceFileFormat;
import org.rustinwindows.portal.tracker.StatusFile;
import org.rustinwindows.portal.tracker.StatusFileFormat;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads content files, from a folder or from a zip archive laid out like one, into
 * entries. A file that is not a valid entry is rejected with its path and the reason, and
 * the others are still read.
 */
@Component
class ContentFileReader {

	/** The folder of source files, beside the entries' folders. */
	static final String SOURCES = "sources";

	/** The folder of the status board's items. */
	static final String STATUS = "status";

	private final EntryFileFormat format;

	private final SourceFileFormat sourceFormat;

	private final StatusFileFormat statusFormat;

	private final TransferProperties limits;

	ContentFileReader(EntryFileFormat format, SourceFileFormat sourceFormat, StatusFileFormat statusFormat,
			TransferProperties limits) {
		this.format = format;
		this.sourceFormat = sourceFormat;
		this.statusFormat = statusFormat;
		this.limits = limits;
	}

	/**
	 * Reads the {@code .md} files in the folder's {@code articles/}, {@code timeline/},
	 * {@code faq/}, {@code sources/} and {@code status/}; anything else in it is not
	 * content and is passed over.
	 */
	ContentFiles readFolder(Path folder) {
		Collector collector = new Collector();
		for (Path path : markdownFiles(folder.resolve(SOURCES))) {
			String name = SOURCES + "/" + path.getFileName();
			try {
				collector.addSource(name, Files.readAllBytes(path));
			}
			catch (IOException ex) {
				collector.reject(name, "cannot be read: " + ex.getMessage());
			}
		}
		for (Path path : markdownFiles(folder.resolve(STATUS))) {
			String name = STATUS + "/" + path.getFileName();
			try {
				collector.addStatusItem(name, Files.readAllBytes(path));
			}
			catch (IOException ex) {
				collector.reject(name, "cannot be read: " + ex.getMessage());
			}
		}
		for (EntryKind kind : EntryKind.values()) {
			for (Path path : markdownFiles(folder.resolve(kind.pathSegment()))) {
				String name = kind.pathSegment() + "/" + path.getFileName();
				try {
					collector.add(name, kind, Files.readAllBytes(path));
				}
				catch (IOException ex) {
					collector.reject(name, "cannot be read: " + ex.getMessage());
				}
			}
		}
		return collector.result();
	}

	/**
	 * Reads a zip holding the same folders, at its top or inside one top folder (as when
	 * a {@code content} folder is zipped, or an export is). Every other file is rejected
	 * with the reason, except hidden files and the {@code __MACOSX} folder that archivers
	 * add on their own.
	 * @throws ArchiveRejectedException if it is not a zip, is damaged, or is beyond the
	 * limits of {@link TransferProperties}
	 */
	ContentFiles readZip(InputStream input) throws ArchiveRejectedException {
		Collector collector = new Collector();
		int entries = 0;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(input, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.limits.maxFiles()) {
					throw new ArchiveRejectedException(
							"The archive holds more than " + this.limits.maxFiles() + " files and folders.");
				}
				if (entry.isDirectory()) {
					continue;
				}
				ArchivePath path = ArchivePath.of(entry.getName());
				if (path.ignored()) {
					continue;
				}
				byte[] bytes = readAtMost(zip, this.limits.maxFileSize().toBytes());
				if (bytes == null) {
					throw new ArchiveRejectedException(path.name() + " is larger than "
							+ sizeText(this.limits.maxFileSize()) + " unpacked; no content file is that large.");
				}
				total += bytes.length;
				if (total > this.limits.maxTotalSize().toBytes()) {
					throw new ArchiveRejectedException("The archive unpacks to more than "
							+ sizeText(this.limits.maxTotalSize()) + "; import it in parts.");
				}
				if (path.problem() != null) {
					collector.reject(path.name(), path.problem());
				}
				else if (SOURCES.equals(path.recordFolder())) {
					collector.addSource(path.name(), bytes);
				}
				else if (STATUS.equals(path.recordFolder())) {
					collector.addStatusItem(path.name(), bytes);
				}
				else {
					collector.add(path.name(), path.kind(), bytes);
				}
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			// IllegalArgumentException: a file name that is not UTF-8.
			throw new ArchiveRejectedException("The archive is damaged or not a plain zip: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ArchiveRejectedException("The archive could not be read: " + ex.getMessage(), ex);
		}
		if (entries == 0) {
			throw new ArchiveRejectedException("This is not a zip archive, or it is empty.");
		}
		return collector.result();
	}

	/**
	 * The entry's bytes, or null when there are more than {@code limit}: counted as they
	 * unpack, whatever size the archive claims.
	 */
	private static byte[] readAtMost(InputStream input, long limit) throws IOException {
		byte[] bytes = input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		return (bytes.length > limit) ? null : bytes;
	}

	private static String sizeText(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes % DataSize.ofKilobytes(1).toBytes() == 0) ? size.toKilobytes() + " KB" : bytes + " bytes";
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

	/**
	 * Parses files as they come and keeps the first file of each slug.
	 */
	private final class Collector {

		private final List<ContentFile> files = new ArrayList<>();

		private final List<ImportReport.Rejection> rejected = new ArrayList<>();

		private final Map<EntryRef, String> pathsBySlug = new HashMap<>();

		private final List<SourceContentFile> sources = new ArrayList<>();

		private final Map<String, String> sourcePathsBySlug = new HashMap<>();

		private final List<StatusContentFile> statusItems = new ArrayList<>();

		private final Map<String, String> statusPathsBySlug = new HashMap<>();

		void add(String path, EntryKind kind, byte[] bytes) {
			try {
				ContentFile file = new ContentFile(path, ContentFileReader.this.format.parse(kind, utf8(bytes)));
				String earlier = this.pathsBySlug.putIfAbsent(file.ref(), path);
				if (earlier != null) {
					reject(path, "duplicate slug '" + file.ref().slug() + "', already used by " + earlier);
					return;
				}
				this.files.add(file);
			}
			catch (InvalidEntryFileException ex) {
				reject(path, ex.getMessage());
			}
		}

		void addSource(String path, byte[] bytes) {
			try {
				SourceDetails source = ContentFileReader.this.sourceFormat.parse(utf8(bytes));
				String earlier = this.sourcePathsBySlug.putIfAbsent(source.slug(), path);
				if (earlier != null) {
					reject(path, "duplicate slug '" + source.slug() + "', already used by " + earlier);
					return;
				}
				this.sources.add(new SourceContentFile(path, source));
			}
			catch (InvalidEntryFileException ex) {
				reject(path, ex.getMessage());
			}
		}

		void addStatusItem(String path, byte[] bytes) {
			try {
				StatusFile item = ContentFileReader.this.statusFormat.parse(utf8(bytes));
				String earlier = this.statusPathsBySlug.putIfAbsent(item.text().slug(), path);
				if (earlier != null) {
					reject(path, "duplicate slug '" + item.text().slug() + "', already used by " + earlier);
					return;
				}
				this.statusItems.add(new StatusContentFile(path, item));
			}
			catch (InvalidEntryFileException ex) {
				reject(path, ex.getMessage());
			}
		}

		void reject(String path, String reason) {
			this.rejected.add(new ImportReport.Rejection(path, reason));
		}

		ContentFiles result() {
			List<ContentFile> sorted = new ArrayList<>(this.files);
			sorted.sort(Comparator.comparing(ContentFile::path));
			List<SourceContentFile> sortedSources = new ArrayList<>(this.sources);
			sortedSources.sort(Comparator.comparing(SourceContentFile::path));
			List<StatusContentFile> sortedItems = new ArrayList<>(this.statusItems);
			sortedItems.sort(Comparator.comparing(StatusContentFile::path));
			return new ContentFiles(sorted, sortedSources, sortedItems, List.copyOf(this.rejected));
		}

		private static String utf8(byte[] bytes) throws InvalidEntryFileException {
			try {
				return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException ex) {
				throw new InvalidEntryFileException("not UTF-8 text", ex);
			}
		}

	}

}
