package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.bench.SyntheticContent;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeding as the portal does it at start-up, outside any transaction, so that files are
 * created a batch to a transaction: a file refused while it is created undoes its batch,
 * and the batch's other files are created one by one.
 */
@PortalServerTest
class BatchedSeedingTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-seedbatch-");

	/** What the content generator writes. */
	@RegisterExtension
	static TestEntries generated = TestEntries.prefixed("bench-");

	@TempDir
	Path content;

	private final ContentDirectoryImporter importer;

	private final MockMvcTester mvc;

	BatchedSeedingTests(ContentDirectoryImporter importer, MockMvcTester mvc) {
		this.importer = importer;
		this.mvc = mvc;
	}

	private void article(String slug, String body) throws IOException {
		Path file = this.content.resolve("articles").resolve(slug + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "---\ntitle: Title " + slug + "\nslug: " + slug
				+ "\nsummary: Summary\npublished: 2024-01-01\n---\n" + body + "\n");
	}

	@Test
	void aFileRefusedInABatchLeavesOnlyItselfOut() throws IOException {
		article("test-seedbatch-first", "Body.");
		// Past the cap on character references: refused when it is rendered, at creation.
		article("test-seedbatch-costly", "&amp; ".repeat(6_000));
		article("test-seedbatch-last", "Body.");

		ImportReport report = this.importer.importMissing(this.content);

		assertThat(report.created()).containsExactlyInAnyOrder(new EntryRef(EntryKind.ARTICLE, "test-seedbatch-first"),
				new EntryRef(EntryKind.ARTICLE, "test-seedbatch-last"));
		assertThat(report.rejected()).singleElement()
			.satisfies((rejection) -> assertThat(rejection.path()).endsWith("test-seedbatch-costly.md"));
		assertThat(entries.ids(EntryKind.ARTICLE)).hasSize(2);
	}

	@Test
	void generatedFilesAreAllCreatedOverSeveralBatchesAndFound() throws IOException {
		int count = 120;
		SyntheticContent synthetic = new SyntheticContent(7);
		for (int n = 1; n <= count; n++) {
			SyntheticContent.ContentFileText file = synthetic.file(n);
			Path target = this.content.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.text());
		}

		ImportReport report = this.importer.importMissing(this.content);

		assertThat(report.created()).hasSize(count);
		assertThat(report.rejected()).isEmpty();
		assertThat(generated.count()).isEqualTo(count);
		// Every generated entry cites its own "Synthetic source n".
		assertThat(this.mvc.get().uri("/search").param("q", "\"synthetic source\"")).hasStatusOk()
			.bodyText()
			.contains(count + " results");
	}

}
