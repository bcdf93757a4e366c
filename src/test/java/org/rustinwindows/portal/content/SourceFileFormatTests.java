package org.rustinwindows.portal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content file of a source: read, written back the same, and refused with a reason.
 */
class SourceFileFormatTests {

	private final SourceFileFormat format = new SourceFileFormat();

	@Test
	void readsEveryField() throws InvalidEntryFileException {
		SourceDetails source = this.format.parse("""
				---
				title: "Thurrott.com: “Rewriting the kernel”"
				slug: thurrott
				publication: Thurrott.com
				author: A. Writer
				date: "2023-04"
				kind: report
				note: A report of the talk.
				---
				""");

		assertThat(source).isEqualTo(new SourceDetails("thurrott", "Thurrott.com: “Rewriting the kernel”", null,
				"Thurrott.com", "A. Writer", EventDate.parse("2023-04"), SourceKind.REPORT, "A report of the talk."));
	}

	@Test
	void writesWhatItReads() throws InvalidEntryFileException {
		SourceDetails source = new SourceDetails("repository", "microsoft/windows-drivers-rs",
				"https://github.com/microsoft/windows-drivers-rs", null, null, EventDate.parse("2023-09-20"),
				SourceKind.PRIMARY, null);

		String text = this.format.write(source);

		assertThat(text).startsWith("---\ntitle: microsoft/windows-drivers-rs\n").contains("kind: primary\n");
		assertThat(this.format.parse(text)).isEqualTo(source);
	}

	@Test
	void readsEverySourceOfTheRepository() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("content", "sources"))) {
			List<Path> paths = files.filter((path) -> path.toString().endsWith(".md")).toList();
			assertThat(paths).hasSizeGreaterThanOrEqualTo(16);
			for (Path path : paths) {
				SourceDetails source = this.format.parse(Files.readString(path));
				assertThat(path.getFileName().toString()).isEqualTo(source.slug() + ".md");
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			title: T\\nkind: report                                   | slug is missing
			title: T\\nslug: Not A Slug\\nkind: report                | slug is missing or not lower-case
			slug: s\\nkind: report                                    | title is missing
			title: T\\nslug: s                                        | kind is missing
			title: T\\nslug: s\\nkind: rumour                         | kind 'rumour' is unknown
			title: T\\nslug: s\\nkind: report\\nurl: ftp://x          | is not an http or https address
			title: T\\nslug: s\\nkind: report\\ndate: spring          | Unknown date format
			title: T\\nslug: s\\nkind: report\\nauthors: [A]          | bad YAML in front matter
			""")
	void refusesABadFileWithTheReason(String frontMatter, String reason) {
		String text = "---\n" + frontMatter.replace("\\n", "\n") + "\n---\n";

		assertThatExceptionOfType(InvalidEntryFileException.class).isThrownBy(() -> this.format.parse(text))
			.withMessageContaining(reason);
	}

	@Test
	void refusesABody() {
		assertThatExceptionOfType(InvalidEntryFileException.class)
			.isThrownBy(() -> this.format.parse("---\ntitle: T\nslug: s\nkind: report\n---\nSome text\n"))
			.withMessageContaining("all front matter");
	}

}
