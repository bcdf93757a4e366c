package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.ReaderPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.transfer.TestZips.article;

/**
 * Importing a content folder into an empty database, run against each database the portal
 * supports.
 */
@Import(TransferTestConfiguration.class)
@Transactional
abstract class ContentDirectoryImporterContract {

	@TempDir
	Path contentDir;

	@Autowired
	ContentDirectoryImporter importer;

	@Autowired
	ReaderPages pages;

	private void write(String relativePath, String text) throws IOException {
		Path path = this.contentDir.resolve(relativePath);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

	@Test
	void importsGoodFilesOfEveryKindAndLinksThem() throws IOException {
		write("articles/a.md", article("good-article", "tags: [Kernel]\n"));
		write("timeline/e.md", "---\ntitle: Event\nslug: good-event\nsummary: S\npublished: 2024-01-01\n"
				+ "date: 2023-04\nrelated: [articles/good-article]\n---\nBody\n");
		write("faq/q.md", "---\ntitle: Question?\nslug: good-question\nsummary: S\npublished: 2024-01-01\norder: 1\n"
				+ "---\nAnswer\n");
		write("articles/notes.txt", "not Markdown, not imported");

		ImportReport report = this.importer.importMissing(this.contentDir);

		assertThat(report.created()).containsExactlyInAnyOrder(new EntryRef(EntryKind.ARTICLE, "good-article"),
				new EntryRef(EntryKind.TIMELINE, "good-event"), new EntryRef(EntryKind.FAQ, "good-question"));
		assertThat(report.rejected()).isEmpty();
		assertThat(this.pages.article("good-article").article().linked()).extracting(EntryCard::slug)
			.containsExactly("good-event");
		assertThat(this.pages.faqItem("good-question").title()).isEqualTo("Question?");
	}

	@Test
	void skipsEachBadFileWithItsPathAndReasonAndStillLoadsTheOthers() throws IOException {
		write("articles/01-good.md", article("fine", ""));
		write("articles/02-bad-yaml.md", "---\ntitle: [oops\n---\nBody\n");
		write("articles/03-no-title.md", "---\nslug: untitled\nsummary: S\npublished: 2024-01-01\n---\nBody\n");
		write("timeline/04-bad-date.md",
				"---\ntitle: T\nslug: when\nsummary: S\npublished: 2024-01-01\ndate: spring 2023\n---\nBody\n");
		write("articles/05-duplicate.md", article("fine", ""));
		Files.write(this.contentDir.resolve("articles/06-binary.md"), new byte[] { (byte) 0xff, (byte) 0xfe, 0 });

		ImportReport report = this.importer.importMissing(this.contentDir);

		assertThat(report.created()).containsExactly(new EntryRef(EntryKind.ARTICLE, "fine"));
		assertThat(report.rejected()).extracting(ImportReport.Rejection::path)
			.containsExactlyInAnyOrder("articles/02-bad-yaml.md", "articles/03-no-title.md", "timeline/04-bad-date.md",
					"articles/05-duplicate.md", "articles/06-binary.md");
		assertThat(report.rejected()).extracting(ImportReport.Rejection::reason)
			.anySatisfy((reason) -> assertThat(reason).startsWith("bad YAML"))
			.anySatisfy((reason) -> assertThat(reason).isEqualTo("title is missing"))
			.anySatisfy((reason) -> assertThat(reason).contains("Unknown date format"))
			.anySatisfy((reason) -> assertThat(reason).contains("duplicate slug 'fine'").contains("01-good.md"))
			.anySatisfy((reason) -> assertThat(reason).isEqualTo("not UTF-8 text"));
		assertThat(this.pages.articles(1).items()).extracting(EntryCard::slug).containsExactly("fine");
	}

	@Test
	void leavesEntriesTheDatabaseAlreadyHasAlone() throws IOException {
		write("articles/a.md", article("kept", ""));
		this.importer.importMissing(this.contentDir);
		write("articles/a.md", article("kept", "").replace("Title kept", "Changed in the file"));

		ImportReport second = this.importer.importMissing(this.contentDir);

		assertThat(second.created()).isEmpty();
		assertThat(second.unchanged()).containsExactly(new EntryRef(EntryKind.ARTICLE, "kept"));
		assertThat(this.pages.article("kept").article().title()).isEqualTo("Title kept");
	}

	@Test
	void importsNothingFromAMissingFolder() {
		ImportReport report = this.importer.importMissing(this.contentDir.resolve("does-not-exist"));
		assertThat(report.created()).isEmpty();
		assertThat(report.rejected()).isEmpty();
	}

	@Test
	void loadsTheRepositorysOwnContentWithoutRejections() {
		ImportReport report = this.importer.importMissing(Path.of("content"));
		assertThat(report.rejected()).isEmpty();
		List<EntryRef> created = report.created();
		assertThat(created).filteredOn((ref) -> ref.kind() == EntryKind.ARTICLE).hasSizeGreaterThanOrEqualTo(8);
		assertThat(created).filteredOn((ref) -> ref.kind() == EntryKind.TIMELINE).hasSizeGreaterThanOrEqualTo(12);
		assertThat(created).filteredOn((ref) -> ref.kind() == EntryKind.FAQ).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void keepsEveryArticleOfTheRepositoryAtSixHundredWordsOrMore() throws IOException {
		try (var files = Files.list(Path.of("content/articles"))) {
			for (Path file : files.toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				String body = text.substring(text.indexOf("\n---\n", 4) + 5);
				assertThat(body.split("\\s+")).as("words in %s", file).hasSizeGreaterThanOrEqualTo(600);
			}
		}
	}

}
