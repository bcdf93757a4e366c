package org.rustinwindows.portal.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.testsupport.AdminScreenTest;
import org.rustinwindows.portal.testsupport.HtmlChecker;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The page that follows an import while it runs in the background: how far it has come,
 * refreshed by htmx until the import is done, then its report.
 */
@AdminScreenTest(TransferAdminController.class)
class ImportProgressScreenTests {

	private static final RequestPostProcessor EDITOR = user("writer").roles("EDITOR");

	private final MockMvcTester mvc;

	@MockitoBean
	ImportJobs imports;

	@MockitoBean
	ContentExporter exporter;

	@MockitoBean
	ContentFileReader reader;

	@MockitoBean
	SeedProperties seed;

	@MockitoBean
	Clock clock;

	private final ImportJob job = new ImportJob("export <1>.zip", "writer", Instant.parse("2026-12-06T10:15:30Z"));

	ImportProgressScreenTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void oneImport() {
		given(this.seed.contentDir()).willReturn(Path.of("content"));
		given(this.imports.find(this.job.id())).willReturn(Optional.of(this.job));
	}

	private MvcTestResult page() {
		return this.mvc.get().uri("/admin/transfer/imports/{id}", this.job.id()).with(EDITOR).exchange();
	}

	private MvcTestResult poll() {
		return this.mvc.get()
			.uri("/admin/transfer/imports/{id}", this.job.id())
			.header("HX-Request", "true")
			.with(EDITOR)
			.exchange();
	}

	@Test
	void aRunningImportShowsItsStageAndCountAndAsksForItselfAgain() throws Exception {
		this.job.begin(1000);
		this.job.stage(ImportStage.WRITING);
		this.job.written(312);

		MvcTestResult result = page();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Import of export &lt;1&gt;.zip")
			.contains("<strong>Writing the entries</strong><span>: 312 of 1000 files</span>")
			.contains("<progress max=\"1000\" value=\"312\"")
			.contains("data-hx-get=\"/admin/transfer/imports/" + this.job.id() + "\"")
			.contains("data-hx-trigger=\"every 1s\"")
			.contains("htmx.min-")
			.contains(">Check again</a>")
			.doesNotContain("Report");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
		assertThat(poll()).hasStatusOk()
			.bodyText()
			.contains(": 312 of 1000 files")
			.doesNotContain("<html")
			.doesNotContain("hx-get");
	}

	@Test
	void aFinishedImportShowsItsReportAndStopsThePolling() throws Exception {
		this.job.begin(2);
		this.job.written(2);
		this.job.finish(new ImportReport(List.of(new EntryRef(EntryKind.ARTICLE, "new-one")), List.of(), List.of(),
				List.of(new ImportReport.Rejection("articles/bad.md", "bad YAML in front matter")), List.of(), 0, 0));

		MvcTestResult result = page();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("<strong>Done</strong>")
			.contains("<strong>1</strong> created")
			.contains("<strong>1</strong> rejected")
			.contains("bad YAML in front matter")
			.doesNotContain("hx-get")
			.doesNotContain("<progress");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
		assertThat(poll()).hasStatus(286).bodyText().contains("<strong>1</strong> created").doesNotContain("<html");
	}

	@Test
	void aFailedImportSaysSoAndThatWhatItWroteIsKept() {
		this.job.begin(10);
		this.job.fail();

		assertThat(page()).hasStatusOk()
			.bodyText()
			.contains("<strong>Stopped by a fault</strong>")
			.contains("What it wrote is kept");
	}

	@Test
	void anUnknownImportIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/transfer/imports/no-such-import").with(EDITOR))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anImportStartedWhileAnotherRunsIsRefusedWithALinkToTheRunningOne() throws Exception {
		given(this.reader.readFolder(any())).willReturn(new ContentFiles(List.of(), List.of(), List.of(), List.of()));
		given(this.imports.start(any(), eq("the content folder"), eq("writer")))
			.willThrow(new ImportJobs.ImportRunningException(this.job));
		given(this.imports.running()).willReturn(Optional.of(this.job));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/transfer/import-folder")
			.with(EDITOR)
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Another import is still running")
			.contains("href=\"/admin/transfer/imports/" + this.job.id() + "\"");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
	}

	@Test
	void anUploadedArchiveStartsAnImportAndLeadsToItsPage() throws Exception {
		given(this.reader.readZip(any())).willReturn(new ContentFiles(List.of(), List.of(), List.of(), List.of()));
		given(this.imports.start(any(), eq("site.zip"), eq("writer"))).willReturn(this.job);

		assertThat(this.mvc.post()
			.uri("/admin/transfer/import")
			.multipart()
			.file(new MockMultipartFile("archive", "site.zip", "application/zip", new byte[] { 1 }))
			.with(EDITOR)
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/transfer/imports/" + this.job.id());
	}

}
