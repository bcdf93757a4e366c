package org.rustinwindows.portal.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.SourceFileFormat;
import org.rustinwindows.portal.tracker.StatusFileFormat;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.rustinwindows.portal.transfer.TestZips.article;
import static org.rustinwindows.portal.transfer.TestZips.zip;
import static org.rustinwindows.portal.transfer.TestZips.zipOfTexts;

/**
 * Reading uploaded archives: what counts as a content file, and the limits that keep a
 * crafted archive from doing harm.
 */
class ContentFileReaderTests {

	private final ContentFileReader reader = reader(
			new TransferProperties(50, DataSize.ofKilobytes(64), DataSize.ofKilobytes(256), Duration.ofMinutes(5)));

	private static ContentFileReader reader(TransferProperties limits) {
		return new ContentFileReader(new EntryFileFormat(), new SourceFileFormat(), new StatusFileFormat(), limits);
	}

	private ContentFiles read(byte[] archive) throws ArchiveRejectedException {
		return this.reader.readZip(new ByteArrayInputStream(archive));
	}

	@Test
	void readsTheKindFoldersAtTheTopOrInsideOneFolder() throws Exception {
		ContentFiles flat = read(zipOfTexts(Map.of("articles/a.md", article("a", ""), "faq/q.md",
				"---\ntitle: Q?\nslug: q\nsummary: S\npublished: 2024-01-01\norder: 2\n---\nA\n")));
		ContentFiles nested = read(zipOfTexts(Map.of("content/", "", "content/articles/", "", "content/articles/a.md",
				article("a", ""), "content/timeline/e.md",
				"---\ntitle: E\nslug: e\nsummary: S\npublished: 2024-01-01\ndate: 2023-04\n---\nB\n")));

		assertThat(flat.files()).extracting(ContentFile::ref)
			.containsExactly(new EntryRef(EntryKind.ARTICLE, "a"), new EntryRef(EntryKind.FAQ, "q"));
		assertThat(flat.rejected()).isEmpty();
		assertThat(nested.files()).extracting(ContentFile::path)
			.containsExactly("content/articles/a.md", "content/timeline/e.md");
		assertThat(nested.rejected()).isEmpty();
	}

	@Test
	void rejectsFilesThatAreNotContentWithTheReasonAndPassesOverArchiverLeftovers() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("articles/good.md", article("good", ""));
		files.put("README.md", "# Not an entry");
		files.put("articles/notes.txt", "not Markdown");
		files.put("drafts/x.md", article("x", ""));
		files.put("a/b/articles/deep.md", article("deep", ""));
		files.put("articles/bad.md", "---\ntitle: [oops\n---\nBody\n");
		files.put("articles/copy.md", article("good", ""));
		files.put("__MACOSX/articles/._good.md", "resource fork");
		files.put("articles/.DS_Store", "finder");

		ContentFiles read = read(zipOfTexts(files));

		assertThat(read.files()).extracting(ContentFile::path).containsExactly("articles/good.md");
		assertThat(read.rejected()).extracting(ImportReport.Rejection::path)
			.containsExactlyInAnyOrder("README.md", "articles/notes.txt", "drafts/x.md", "a/b/articles/deep.md",
					"articles/bad.md", "articles/copy.md");
		assertThat(read.rejected()).filteredOn((rejection) -> rejection.path().equals("articles/copy.md"))
			.singleElement()
			.extracting(ImportReport.Rejection::reason)
			.isEqualTo("duplicate slug 'good', already used by articles/good.md");
		assertThat(read.rejected()).filteredOn((rejection) -> rejection.path().equals("README.md"))
			.singleElement()
			.extracting(ImportReport.Rejection::reason)
			.asString()
			.startsWith("not a content file");
	}

	@Test
	void refusesPathsThatClimbOutOfTheArchive() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("../articles/up.md", article("up", ""));
		files.put("/articles/absolute.md", article("absolute", ""));
		files.put("content/../articles/dots.md", article("dots", ""));
		files.put("articles\\windows.md", article("windows", ""));
		files.put("C:/articles/drive.md", article("drive", ""));

		ContentFiles read = read(zipOfTexts(files));

		assertThat(read.files()).isEmpty();
		assertThat(read.rejected()).hasSize(5)
			.allSatisfy((rejection) -> assertThat(rejection.reason()).isEqualTo("unsafe path"));
	}

	@Test
	void rejectsAFileThatIsNotUtf8() throws Exception {
		ContentFiles read = read(zip(
				Map.of("articles/latin1.md", "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1))));
		assertThat(read.rejected()).singleElement()
			.extracting(ImportReport.Rejection::reason)
			.isEqualTo("not UTF-8 text");
	}

	@Test
	void refusesWhatIsNotAZipOrIsEmpty() {
		assertThatExceptionOfType(ArchiveRejectedException.class)
			.isThrownBy(() -> read("just some text".getBytes(StandardCharsets.UTF_8)))
			.withMessage("This is not a zip archive, or it is empty.");
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(zip(Map.of())))
			.withMessage("This is not a zip archive, or it is empty.");
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(new byte[0]));
	}

	@Test
	void refusesADamagedArchive() {
		byte[] archive = zipOfTexts(Map.of("articles/a.md", article("a", "").repeat(20)));
		byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(truncated))
			.withMessageStartingWith("The archive");
	}

	@Test
	void refusesAFileThatUnpacksBeyondTheLimitWhateverTheArchiveClaims() {
		// 10 MB of zeros pack into a few kilobytes: a small upload, a large file.
		byte[] bomb = zip(Map.of("articles/bomb.md", new byte[10 * 1024 * 1024]));
		assertThat(bomb.length).isLessThan(64 * 1024);
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(bomb))
			.withMessage("articles/bomb.md is larger than 64 KB unpacked; no content file is that large.");
	}

	@Test
	void refusesAnArchiveThatUnpacksBeyondTheTotalLimit() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			files.put("articles/part-" + i + ".md", new byte[60 * 1024]);
		}
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(zip(files)))
			.withMessage("The archive unpacks to more than 256 KB; import it in parts.");
	}

	@Test
	void refusesAnArchiveWithTooManyFiles() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < 51; i++) {
			files.put("articles/a-" + i + ".md", article("a-" + i, ""));
		}
		assertThatExceptionOfType(ArchiveRejectedException.class).isThrownBy(() -> read(zipOfTexts(files)))
			.withMessage("The archive holds more than 50 files and folders.");
	}

}
