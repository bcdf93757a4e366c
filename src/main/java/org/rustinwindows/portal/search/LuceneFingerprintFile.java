package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded index's fingerprint, in a file beside its folders.
 */
class LuceneFingerprintFile implements IndexFingerprintStore {

	private final Path file;

	LuceneFingerprintFile(Path file) {
		this.file = file;
	}

	@Override
	public Optional<String> read() {
		try {
			return Files.isRegularFile(this.file)
					? Optional.of(Files.readString(this.file, StandardCharsets.UTF_8).strip()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

	@Override
	public void write(String fingerprint) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, fingerprint + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

}
