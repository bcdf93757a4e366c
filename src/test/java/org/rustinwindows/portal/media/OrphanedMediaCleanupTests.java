package org.rustinwindows.portal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads that no entry or revision uses are removed once their grace period is over;
 * everything else stays.
 */
@PortalServerTest
class OrphanedMediaCleanupTests {

	private static final String PREFIX = "test-media-cleanup-";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed(PREFIX);

	private final OrphanedMediaCleanup cleanup;

	private final MediaLibrary library;

	private final JdbcTemplate jdbc;

	OrphanedMediaCleanupTests(OrphanedMediaCleanup cleanup, MediaLibrary library, JdbcTemplate jdbc) {
		this.cleanup = cleanup;
		this.library = library;
		this.jdbc = jdbc;
	}

	@Test
	void removesOldUploadsNothingUsesAndKeepsTheRest() throws IOException {
		Instant old = Instant.now().minus(Duration.ofDays(8));
		Path inBody = file("a1".repeat(16) + ".png", old);
		Path inRevisionOnly = file("b2".repeat(16) + ".webp", old);
		Path inTrashedDraft = file("c3".repeat(16) + ".gif", old);
		Path unused = file("d4".repeat(16) + ".jpg", old);
		Path inUnsavedText = file("f6".repeat(16) + ".png", old);
		Path unusedButRecent = file("e5".repeat(16) + ".png", Instant.now().minus(Duration.ofHours(1)));
		Path partial = file("upload-123.part", old);
		Path foreign = file("notes.txt", old);

		entry("body", "![Stack](/media/" + inBody.getFileName() + ")");
		long revised = entry("revised", "![Old](/media/" + inRevisionOnly.getFileName() + ")");
		entries.change(EntryKind.ARTICLE, revised).body("The image is gone now.").update();
		long trashed = entry("trashed", "![Draft](/media/" + inTrashedDraft.getFileName() + ")");
		entries.trash(trashed);
		this.jdbc.update("insert into editor_autosave (username, entry_key, form, saved_at) values (?, ?, ?, ?)",
				"writer", "articles/new", "{\"body\":\"![Typed](/media/" + inUnsavedText.getFileName() + ")\"}",
				Timestamp.from(Instant.now()));

		try {
			assertThat(this.cleanup.removeOrphansNow()).isEqualTo(2);
		}
		finally {
			this.jdbc.update("delete from editor_autosave where username = 'writer'");
		}

		assertThat(unused).doesNotExist();
		assertThat(partial).doesNotExist();
		assertThat(inBody).exists();
		assertThat(inRevisionOnly).exists();
		assertThat(inTrashedDraft).exists();
		assertThat(inUnsavedText).as("named by a text kept and not saved").exists();
		assertThat(unusedButRecent).exists();
		assertThat(foreign).exists();
		Files.delete(inBody);
		Files.delete(inRevisionOnly);
		Files.delete(inTrashedDraft);
		Files.delete(inUnsavedText);
		Files.delete(unusedButRecent);
		Files.delete(foreign);
	}

	private Path file(String name, Instant modified) throws IOException {
		Path folder = ((FolderMediaStore) this.library.store()).folder();
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		Files.write(file, new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	private long entry(String slug, String body) {
		return entries.article(slug).title("Cleanup " + slug).summary("S").body(body).draft();
	}

}
