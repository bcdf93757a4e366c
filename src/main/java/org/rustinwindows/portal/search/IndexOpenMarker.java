package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file beside the search index naming the process that has it open: written when a
 * portal opens the index, removed when it closes it cleanly. Found at a start naming a
 * process that no longer runs, it tells that the last portal stopped without closing the
 * index: killed, say, between a commit and its indexing. A process is named by its id and
 * its start, because a restarted container's portal has the same id as the one before.
 */
final class IndexOpenMarker {

	private final Path file;

	private final String self;

	IndexOpenMarker(Path file) {
		this(file, name(ProcessHandle.current()));
	}

	IndexOpenMarker(Path file, String self) {
		this.file = file;
		this.self = self;
	}

	/**
	 * Marks the index open by this process.
	 * @return whether a process that no longer runs had left it open
	 */
	boolean open() {
		Optional<String> found = read();
		write(this.self);
		return found.filter((owner) -> !owner.equals(this.self) && !isRunning(owner)).isPresent();
	}

	/** Removes the mark, if this process made it. */
	void close() {
		if (read().filter(this.self::equals).isPresent()) {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot remove " + this.file, ex);
			}
		}
	}

	static String name(ProcessHandle process) {
		return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("-");
	}

	private static boolean isRunning(String owner) {
		String[] parts = owner.split(" ", 2);
		try {
			return ProcessHandle.of(Long.parseLong(parts[0]))
				.filter(ProcessHandle::isAlive)
				.map(IndexOpenMarker::name)
				.filter(owner::equals)
				.isPresent();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private Optional<String> read() {
		try {
			return Files.isRegularFile(this.file)
					? Optional.of(Files.readString(this.file, StandardCharsets.UTF_8).strip()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

	private void write(String owner) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, owner + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

}
