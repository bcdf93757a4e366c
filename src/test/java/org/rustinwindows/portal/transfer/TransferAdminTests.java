package org.rustinwindows.portal.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.SourceFileFormat;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.transfer.TestZips.article;
import static org.rustinwindows.portal.transfer.TestZips.unzip;
import static org.rustinwindows.portal.transfer.TestZips.zipOfTexts;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The export and import screens against the running portal. Every entry a test imports is
 * deleted again.
 */
@PortalServerTest
class TransferAdminTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-");

	private static final RequestPostProcessor EDITOR = user("writer").roles("EDITOR");

	private final MockMvcTester mvc;

	private final EntryFileFormat format;

	private final SourceFileFormat sourceFormat = new SourceFileFormat();

	private final ImportJobs imports;

	TransferAdminTests(MockMvcTester mvc, EntryFileFormat format, ImportJobs imports) {
		this.mvc = mvc;
		this.format = format;
		this.imports = imports;
	}

	/**
	 * Follows a started import to its page once it has finished in the background.
	 */
	private MvcTestResult finished(MvcTestResult started) throws InterruptedException {
		assertThat(started).hasStatus(HttpStatus.FOUND);
		String page = started.getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/admin/transfer/imports/");
		ImportJob job = this.imports.find(page.substring(page.lastIndexOf('/') + 1)).orElseThrow();
		assertThat(job.await(Duration.ofMinutes(1))).isTrue();
		return this.mvc.get().uri(page).with(EDITOR).exchange();
	}

	private MvcTestResult upload(String filename, byte[] bytes) {
		return this.mvc.post()
			.uri("/admin/transfer/import")
			.multipart()
			.file(new MockMultipartFile("archive", filename, "application/zip", bytes))
			.with(EDITOR)
			.with(csrf())
			.exchange();
	}

	@Test
	void exportDownloadsEveryEntryAsContentFilesInAZip() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/admin/transfer/content.zip").with(EDITOR).exchange();

		assertThat(result).hasStatusOk().hasContentType("application/zip");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"rust-in-windows-content-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		Map<String, String> files = unzip(result.getResponse().getContentAsByteArray());
		assertThat(files)
			.containsKeys("content/articles/bluehat-il-2023-rust-in-the-kernel.md",
					"content/timeline/bluehat-il-2023-crawl-walk-run.md")
			.hasSizeGreaterThanOrEqualTo(32);
		assertThat(files).containsKeys("content/sources/windows-drivers-rs-repository.md", "content/status/wdk-sys.md");
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().startsWith("content/status/")) {
				assertThat(file.getValue()).as(file.getKey()).contains("history:");
				continue;
			}
			if (file.getKey().startsWith("content/sources/")) {
				assertThat(this.sourceFormat.parse(file.getValue()).slug()).as(file.getKey())
					.isEqualTo(file.getKey().replaceAll(".*/|\\.md$", ""));
				continue;
			}
			EntryKind kind = EntryKind.fromPathSegment(file.getKey().split("/")[1]);
			assertThat(this.format.parse(kind, file.getValue()).entry().slug()).as(file.getKey())
				.isEqualTo(file.getKey().replaceAll(".*/|\\.md$", ""));
		}
	}

	@Test
	void importOfAnUploadedZipCreatesEntriesAndShowsTheReport() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("content/articles/test-imported.md", article("test-imported", "tags: [Kernel]\n"));
		files.put("content/articles/test-broken.md", "---\ntitle: [oops\n---\nBody\n");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().doesNotContain("/articles/test-imported<");

		MvcTestResult result = finished(upload("my <content>.zip", zipOfTexts(files)));

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Import of my &lt;content&gt;.zip")
			.contains("<strong>Done</strong><span>: 1 of 1 files</span>")
			.contains("<strong>1</strong> created")
			.contains("<strong>1</strong> rejected")
			.contains("content/articles/test-broken.md")
			.contains("bad YAML in front matter")
			.contains("articles/test-imported");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
		assertThat(this.mvc.get().uri("/articles/test-imported")).hasStatusOk()
			.bodyText()
			.contains("Title test-imported");
		// The sitemap kept from before the import is not served again.
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().contains("/articles/test-imported<");
	}

	@Test
	void refusesAnUploadThatIsNotAZipWithAMessageNextToTheField() throws Exception {
		MvcTestResult result = upload("notes.zip", "plain text".getBytes());

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This is not a zip archive, or it is empty.")
			.contains("aria-invalid=\"true\"");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
	}

	@Test
	void asksForAFileWhenNoneIsSent() {
		assertThat(this.mvc.post().uri("/admin/transfer/import").with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose a zip file to import.");
	}

	@Test
	void importNeedsTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/admin/transfer/import")
			.multipart()
			.file(new MockMultipartFile("archive", "a.zip", "application/zip", new byte[] { 1 }))
			.with(EDITOR)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePageNamesTheContentFolderWithoutWhereItLiesOnTheServer() {
		assertThat(this.mvc.get().uri("/admin/transfer").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("<code>content</code>")
			.doesNotContain(Path.of("").toAbsolutePath().toString());
		assertThat(TransferAdminController.shownPath(Path.of("/srv/portal/site-content"))).isEqualTo("site-content");
		assertThat(TransferAdminController.shownPath(Path.of("./content/"))).isEqualTo("content");
	}

	@Test
	void importOfTheContentFolderRejectsNothing() throws InterruptedException {
		assertThat(finished(this.mvc.post().uri("/admin/transfer/import-folder").with(EDITOR).with(csrf()).exchange()))
			.hasStatusOk()
			.bodyText()
			.contains("Import of the content folder")
			.contains("<strong>0</strong> rejected")
			.contains("<strong>0</strong> created");
	}

}
