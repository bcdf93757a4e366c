package org.rustinwindows.portal.tracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.InvalidEntryFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content file of a status item: read, written back the same, and refused with a
 * reason.
 */
class StatusFileFormatTests {

	private final StatusFileFormat format = new StatusFileFormat();

	private static final String FILE = """
			---
			title: wdk-sys
			slug: wdk-sys
			group: crates
			summary: Bindings.
			order: 2
			related:
			  - articles/windows-drivers-rs-and-cargo-wdk
			history:
			  - date: "2023-09"
			    status: experimental
			    source: the-repository
			    note: "First release: early stage."
			  - date: 2025-03-04
			    status: production-ready
			    source: a-report
			    note: Shipped.
			---
			The *bindings*.
			""";

	@Test
	void readsEveryField() throws InvalidEntryFileException {
		StatusFile file = this.format.parse(FILE);

		assertThat(file.text())
			.isEqualTo(new StatusItemText("wdk-sys", "wdk-sys", StatusGroup.CRATES, "Bindings.", "The *bindings*.", 2));
		assertThat(file.related()).containsExactly(new EntryRef(EntryKind.ARTICLE, "windows-drivers-rs-and-cargo-wdk"));
		assertThat(file.history()).containsExactly(
				new StatusFile.Record(EventDate.parse("2023-09"), TrackedStatus.EXPERIMENTAL, "the-repository",
						"First release: early stage."),
				new StatusFile.Record(EventDate.parse("2025-03-04"), TrackedStatus.PRODUCTION_READY, "a-report",
						"Shipped."));
	}

	@Test
	void writesWhatItReads() throws InvalidEntryFileException {
		StatusFile file = this.format.parse(FILE);

		assertThat(this.format.parse(this.format.write(file))).isEqualTo(file);
	}

	@Test
	void readsEveryItemOfTheRepository() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("content", "status"))) {
			List<Path> paths = files.filter((path) -> path.toString().endsWith(".md")).toList();
			assertThat(paths).hasSizeGreaterThanOrEqualTo(18);
			for (Path path : paths) {
				StatusFile file = this.format.parse(Files.readString(path));
				assertThat(path.getFileName().toString()).isEqualTo(file.text().slug() + ".md");
				assertThat(file.history()).as(path.toString()).isNotEmpty();
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			slug: s\\ngroup: crates\\nsummary: S\\norder: 1                        | title is missing
			title: T\\nslug: S S\\ngroup: crates\\nsummary: S\\norder: 1           | must be lower-case
			title: T\\nslug: s\\ngroup: firmware\\nsummary: S\\norder: 1           | group 'firmware' is unknown
			title: T\\nslug: s\\ngroup: crates\\norder: 1                          | summary is missing
			title: T\\nslug: s\\ngroup: crates\\nsummary: S                        | order is missing
			title: T\\nslug: s\\ngroup: crates\\nsummary: S\\norder: 1\\nrelated: [blog/x] | related:
			""")
	void refusesABadItemWithTheReason(String frontMatter, String reason) {
		String text = "---\n" + frontMatter.strip().replace("\\n", "\n") + "\n---\n";

		assertThatExceptionOfType(InvalidEntryFileException.class).isThrownBy(() -> this.format.parse(text))
			.withMessageContaining(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{date: spring, status: usable, source: s, note: N}     | history record 1: date
			{date: 2024, status: rumoured, source: s, note: N}     | status 'rumoured' is unknown
			{date: 2024, status: usable, note: N}                  | history record 1: source is missing
			{date: 2024, status: usable, source: S S, note: N}     | is not a source's slug
			{date: 2024, status: usable, source: s}                | history record 1: note is missing
			""")
	void refusesABadRecordWithTheReason(String record, String reason) {
		String text = "---\ntitle: T\nslug: s\ngroup: crates\nsummary: S\norder: 1\nhistory:\n  - " + record.strip()
				+ "\n---\n";

		assertThatExceptionOfType(InvalidEntryFileException.class).isThrownBy(() -> this.format.parse(text))
			.withMessageContaining(reason);
	}

}
