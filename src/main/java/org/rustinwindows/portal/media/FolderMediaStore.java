package org.rustinwindows.portal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Images as files in a folder ({@code <data-dir>/media}), served by Spring's resource
 * handling ({@link MediaResourceConfiguration}). A file is written under a temporary name
 * and moved into place, so that no reader ever gets half an image.
 */
class FolderMediaStore implements MediaStore {

	private final Path folder;

	FolderMediaStore(Path folder) {
		this.folder = folder;
	}

	Path folder() {
		return this.folder;
	}

	@Override
	public boolean contains(String name) {
		return Files.exists(this.folder.resolve(name));
	}

	@Override
	public void put(String name, ImageType type, byte[] bytes) {
		Path target = this.folder.resolve(name);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(this.folder);
				Path partial = Files.createTempFile(this.folder, "upload-", ".part");
				Files.write(partial, bytes);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store an image in " + this.folder, ex);
		}
	}

	/** Served by the resource handler, not through the store. */
	@Override
	public Optional<StoredImage> get(String name) {
		return Optional.empty();
	}

	@Override
	public List<String> keptBefore(Instant cutoff) {
		List<String> names = new ArrayList<>();
		if (!Files.isDirectory(this.folder)) {
			return names;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder)) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
					names.add(file.getFileName().toString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.folder, ex);
		}
		return names;
	}

	@Override
	public void delete(String name) {
		try {
			Files.deleteIfExists(this.folder.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + name + " from " + this.folder, ex);
		}
	}

	@Override
	public List<KeptImage> newest(int count) {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		List<KeptImage> images = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder,
				(file) -> !file.getFileName().toString().endsWith(".part"))) {
			for (Path file : files) {
				images.add(new KeptImage(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.folder, ex);
		}
		return images.stream().sorted(Comparator.comparing(KeptImage::keptAt).reversed()).limit(count).toList();
	}

}
