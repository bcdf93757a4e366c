package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

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
 * Seeding as the portal does it at start-up, and an editor's import as it runs in the
 * background, outside any transaction, so that files are written a batch to a
 * transaction: a file refused while it is created undoes its batch, and the batch's other
 * files are created one by one.
 */
@PortalServerTest
class BatchedImportTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-seedbatch-");

	/** What the content generator writes. */
	@RegisterExtension
	static TestEntries generated = TestEntries.prefixed("bench-");

	@TempDir
	Path content;

	private final ContentDirectoryImporter importer;

	private final ContentImporter editorImport;

	private final ContentFileReader reader;

	private final MockMvcTester mvc;

	BatchedImportTests(ContentDirectoryImporter importer, ContentImporter editorImport, ContentFileReader reader,
			MockMvcTester mvc) {
		this.importer = importer;
		this.editorImport = editorImport;
		this.reader = reader;
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

	private void generate(int count, UnaryOperator<String> edit, IntPredicate which) throws IOException {
		SyntheticContent synthetic = new SyntheticContent(7);
		for (int n = 1; n <= count; n++) {
			SyntheticContent.ContentFileText file = synthetic.file(n);
			Path target = this.content.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, which.test(n) ? edit.apply(file.text()) : file.text());
		}
	}

	private String searchFor(String phrase) {
		try {
			return this.mvc.get()
				.uri("/search")
				.param("q", "\"" + phrase + "\"")
				.exchange()
				.getResponse()
				.getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void generatedFilesAreAllCreatedOverSeveralBatchesAndFound() throws IOException {
		int count = 120;
		generate(count, UnaryOperator.identity(), (n) -> false);

		ImportReport report = this.importer.importMissing(this.content);

		assertThat(report.created()).hasSize(count);
		assertThat(report.rejected()).isEmpty();
		assertThat(generated.count()).isEqualTo(count);
		// Every generated entry cites its own "Synthetic source n".
		assertThat(this.mvc.get().uri("/search").param("q", "\"synthetic source\"")).hasStatusOk()
			.bodyText()
			.contains(count + " results");
	}

	@Test
	void anEditorsImportGoesTheSameWayAndTheIndexFindsWhatItCreatedAndWhatItChanged() throws Exception {
		int count = 120;
		generate(count, UnaryOperator.identity(), (n) -> false);
		ImportJob progress = new ImportJob("generated", "test", Instant.now());

		ImportReport first = this.editorImport.importAll(this.reader.readFolder(this.content), "test", progress);

		assertThat(first.created()).hasSize(count);
		assertThat(progress.files()).isEqualTo(count);
		assertThat(progress.written()).isEqualTo(count);
		assertThat(progress.stage()).isEqualTo(ImportStage.LINKING);
		// Every third file now cites its source under another title: those entries are
		// updated, and indexed again by their scattered ids.
		generate(count, (text) -> text.replace("Synthetic source", "Revised source"), (n) -> n % 3 == 0);

		// A reader searches once the changes have committed, before they are indexed:
		// what that search kept must not outlive the indexing.
		List<String> searchedMeanwhile = new ArrayList<>();
		ImportProgress searching = new ImportProgress() {

			@Override
			public void stage(ImportStage stage) {
				if (stage == ImportStage.INDEXING) {
					searchedMeanwhile.add(searchFor("synthetic source"));
				}
			}

		};

		ImportReport second = this.editorImport.importAll(this.reader.readFolder(this.content), "test", searching);

		assertThat(second.created()).isEmpty();
		assertThat(second.updated()).hasSize(count / 3);
		assertThat(second.unchanged()).hasSize(count - count / 3);
		assertThat(second.rejected()).isEmpty();
		assertThat(searchedMeanwhile).singleElement().asString().contains(count + " results");
		assertThat(searchFor("revised source")).contains(count / 3 + " results");
		assertThat(searchFor("synthetic source")).contains((count - count / 3) + " results");
	}

}
