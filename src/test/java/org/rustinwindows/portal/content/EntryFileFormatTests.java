package org.rustinwindows.portal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EntryFileFormatTests {

	private final EntryFileFormat format = new EntryFileFormat();

	private EntryFile parse(EntryKind kind, String text) throws InvalidEntryFileException {
		return this.format.parse(kind, text);
	}

	private String rejection(EntryKind kind, String text) {
		return assertThatExceptionOfType(InvalidEntryFileException.class).isThrownBy(() -> parse(kind, text))
			.actual()
			.getMessage();
	}

	@Nested
	class GoodFiles {

		@Test
		void readsAnArticleWithEveryField() throws Exception {
			EntryFile file = parse(EntryKind.ARTICLE, """
					---
					title: "Allocators: pool tags"
					slug: allocators-and-pool-tags
					summary: How memory works.
					status: published
					published: 2024-05-30
					updated: 2025-10-20T08:30:00+02:00
					tags: [Memory management, wdk-alloc]
					sources:
					  - title: wdk-alloc source
					    url: https://github.com/microsoft/windows-drivers-rs
					  - title: A named publication without a link
					related:
					  - timeline/windows-drivers-rs-goes-public
					---

					Body with **Markdown**.
					""");
			assertThat(file.entry().title()).isEqualTo("Allocators: pool tags");
			assertThat(file.entry().slug()).isEqualTo("allocators-and-pool-tags");
			assertThat(file.entry().status()).isEqualTo(EntryStatus.PUBLISHED);
			assertThat(file.entry().publishedAt()).isEqualTo(Instant.parse("2024-05-30T00:00:00Z"));
			assertThat(file.entry().updatedAt()).isEqualTo(Instant.parse("2025-10-20T06:30:00Z"));
			assertThat(file.entry().tagNames()).containsExactly("Memory management", "wdk-alloc");
			assertThat(file.entry().sources()).containsExactly(
					new SourceRef("wdk-alloc source", "https://github.com/microsoft/windows-drivers-rs"),
					new SourceRef("A named publication without a link", null));
			assertThat(file.related())
				.containsExactly(new EntryRef(EntryKind.TIMELINE, "windows-drivers-rs-goes-public"));
			assertThat(file.entry().bodyMarkdown()).isEqualTo("Body with **Markdown**.\n");
		}

		@ParameterizedTest
		@CsvSource({ "2019, 2019-01-01, YEAR", "2019-07, 2019-07-01, MONTH", "2019-07-18, 2019-07-18, DAY" })
		void readsTimelineDatesWithTheirPrecision(String written, LocalDate date, DatePrecision precision)
				throws Exception {
			EntryFile file = parse(EntryKind.TIMELINE, "---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\n"
					+ "date: " + written + "\n---\nBody\n");
			assertThat(file.entry().eventDate().date()).isEqualTo(date);
			assertThat(file.entry().eventDate().precision()).isEqualTo(precision);
		}

		@Test
		void readsTheOrderOfAnFaqItem() throws Exception {
			EntryFile file = parse(EntryKind.FAQ,
					"---\ntitle: Q?\nslug: q\nsummary: S\npublished: 2024-01-01\norder: 3\n---\nAnswer\n");
			assertThat(file.entry().faqPosition()).isEqualTo(3);
		}

		@Test
		void acceptsADraftWithoutPublicationDate() throws Exception {
			EntryFile file = parse(EntryKind.ARTICLE, "---\ntitle: T\nslug: t\nsummary: S\nstatus: draft\n---\nBody");
			assertThat(file.entry().status()).isEqualTo(EntryStatus.DRAFT);
			assertThat(file.entry().publishedAt()).isNull();
		}

		@Test
		void acceptsWindowsLineEndingsAndAByteOrderMark() throws Exception {
			EntryFile file = parse(EntryKind.ARTICLE,
					"\uFEFF---\r\ntitle: T\r\nslug: t\r\nsummary: S\r\npublished: 2024-01-01\r\n---\r\nBody\r\n");
			assertThat(file.entry().title()).isEqualTo("T");
		}

	}

	@Nested
	class BadFiles {

		@Test
		void rejectsAFileWithoutFrontMatter() {
			assertThat(rejection(EntryKind.ARTICLE, "# Just Markdown")).contains("no front matter");
		}

		@Test
		void rejectsUnclosedFrontMatter() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitle: T\n")).contains("not closed");
		}

		@Test
		void rejectsBadYaml() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitle: [unclosed\nslug: t\n---\nBody"))
				.startsWith("bad YAML in front matter");
		}

		@Test
		void rejectsUnknownFieldsSoThatTyposAreNoticed() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitel: T\nslug: t\n---\nBody")).contains("titel");
		}

		@Test
		void rejectsAMissingTitle() {
			assertThat(rejection(EntryKind.ARTICLE, "---\nslug: t\nsummary: S\npublished: 2024-01-01\n---\nBody"))
				.isEqualTo("title is missing");
		}

		@Test
		void rejectsAnInvalidSlug() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitle: T\nslug: Not A Slug\nsummary: S\n---\nBody"))
				.contains("slug 'Not A Slug'");
		}

		@Test
		void rejectsAPublishedEntryWithoutDate() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitle: T\nslug: t\nsummary: S\n---\nBody"))
				.contains("published is missing");
		}

		@ParameterizedTest
		@CsvSource({ "published, 30/05/2024", "published, May 2024", "updated, 2024-13-01" })
		void rejectsUnknownPublicationDateFormats(String field, String value) {
			String text = "---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\n" + field + ": " + value
					+ "\n---\nBody";
			String yaml = text.replace("published: 2024-01-01\npublished:", "published:");
			assertThat(rejection(EntryKind.ARTICLE, yaml)).contains("unknown date format");
		}

		@ParameterizedTest
		@CsvSource({ "July 2019, Unknown date format", "2019/07, Unknown date format", "2019-02-30, Impossible date" })
		void rejectsUnknownOrImpossibleTimelineDates(String value, String reason) {
			assertThat(rejection(EntryKind.TIMELINE,
					"---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\ndate: " + value + "\n---\nBody"))
				.contains(reason);
		}

		@Test
		void rejectsATimelineEventWithoutDate() {
			assertThat(
					rejection(EntryKind.TIMELINE, "---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\n---\nB"))
				.isEqualTo("date is missing");
		}

		@Test
		void rejectsAnFaqItemWithoutOrder() {
			assertThat(rejection(EntryKind.FAQ, "---\ntitle: Q?\nslug: q\nsummary: S\npublished: 2024-01-01\n---\nA"))
				.contains("order is missing");
		}

		@Test
		void rejectsAnUnknownStatus() {
			assertThat(rejection(EntryKind.ARTICLE, "---\ntitle: T\nslug: t\nsummary: S\nstatus: hidden\n---\nB"))
				.contains("status 'hidden' is unknown");
		}

		@Test
		void rejectsASourceWithoutTitleOrWithANonWebAddress() {
			String base = "---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\nsources:\n";
			assertThat(rejection(EntryKind.ARTICLE, base + "  - url: https://example.org\n---\nB"))
				.contains("has no title");
			assertThat(rejection(EntryKind.ARTICLE, base + "  - title: X\n    url: javascript:alert(1)\n---\nB"))
				.contains("not an http or https address");
		}

		@Test
		void rejectsABadRelatedReference() {
			assertThat(rejection(EntryKind.ARTICLE,
					"---\ntitle: T\nslug: t\nsummary: S\npublished: 2024-01-01\nrelated: [blog/x]\n---\nB"))
				.contains("related:");
		}

	}

	@Nested
	class Writing {

		static Stream<Path> repositoryContent() throws IOException {
			return Stream.of(EntryKind.values())
				.flatMap((kind) -> list(Path.of("content", kind.pathSegment())))
				.sorted();
		}

		private static Stream<Path> list(Path folder) {
			try {
				return Files.list(folder).filter((path) -> path.toString().endsWith(".md")).toList().stream();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@ParameterizedTest
		@MethodSource("repositoryContent")
		void everyRepositoryFileReadsBackTheSameAfterWriting(Path path) throws Exception {
			EntryKind kind = EntryKind.fromPathSegment(path.getParent().getFileName().toString());
			EntryFile read = parse(kind, Files.readString(path, StandardCharsets.UTF_8));
			String written = EntryFileFormatTests.this.format.write(read);
			assertThat(parse(kind, written)).isEqualTo(read);
			assertThat(EntryFileFormatTests.this.format.write(parse(kind, written))).isEqualTo(written);
		}

		@Test
		void writesOptionalFieldsOnlyWhenTheyHaveAValue() throws Exception {
			NewEntry draft = TestEntries.entry(EntryKind.FAQ, "q")
				.title("Does it: work? \"yes\" & <no>")
				.summary("S")
				.body("Body\n")
				.updatedAt(Instant.parse("2026-01-02T03:04:05.123456Z"))
				.position(4)
				.sources(new SourceRef("Only a name", null))
				.entry(EntryStatus.DRAFT);
			String written = EntryFileFormatTests.this.format.write(new EntryFile(draft, List.of()));
			assertThat(written).startsWith("---\n")
				.contains("status: draft")
				.contains("order: 4")
				.doesNotContain("published:")
				.doesNotContain("tags:")
				.doesNotContain("related:")
				.doesNotContain("url:")
				.endsWith("---\nBody\n");
			assertThat(parse(EntryKind.FAQ, written).entry()).isEqualTo(draft);
		}

		@Test
		void scheduledEntriesKeepTheirTime() throws Exception {
			NewEntry scheduled = TestEntries.entry(EntryKind.TIMELINE, "e")
				.title("E")
				.summary("S")
				.body("B\n")
				.publishedAt(Instant.parse("2030-05-06T07:08:00Z"))
				.eventDate("2030-05")
				.tags("A")
				.entry(EntryStatus.SCHEDULED);
			String written = EntryFileFormatTests.this.format
				.write(new EntryFile(scheduled, List.of(new EntryRef(EntryKind.ARTICLE, "a"))));
			assertThat(written).contains("status: scheduled").contains("2030-05-06T07:08:00Z").contains("- articles/a");
			assertThat(parse(EntryKind.TIMELINE, written).entry()).isEqualTo(scheduled);
		}

	}

}
