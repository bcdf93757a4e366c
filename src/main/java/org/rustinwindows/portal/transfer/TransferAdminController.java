package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export and import for editors. An import answers with its report at once rather than
 * redirecting: the report can be long, and sending the same files again changes nothing.
 */
@Controller
@RequestMapping("/admin/transfer")
class TransferAdminController {

	private static final String PAGE = "admin/transfer/transfer";

	private final ContentExporter exporter;

	private final ContentFileReader reader;

	private final ContentImporter importer;

	private final SeedProperties seed;

	private final Clock clock;

	TransferAdminController(ContentExporter exporter, ContentFileReader reader, ContentImporter importer,
			SeedProperties seed, Clock clock) {
		this.exporter = exporter;
		this.reader = reader;
		this.importer = importer;
		this.seed = seed;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("contentFolder", shownPath(this.seed.contentDir()));
		return PAGE;
	}

	@GetMapping("/content.zip")
	void export(HttpServletResponse response) throws IOException {
		String name = "rust-in-windows-content-" + LocalDate.now(this.clock) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (OutputStream output = response.getOutputStream()) {
			this.exporter.writeZip(output);
		}
	}

	@PostMapping("/import")
	String importArchive(@RequestParam(name = "archive", required = false) MultipartFile archive, Principal principal,
			Model model, HttpServletResponse response) throws IOException {
		if (archive == null || archive.isEmpty()) {
			return refuse("Choose a zip file to import.", model, response);
		}
		ContentFiles read;
		try (InputStream input = archive.getInputStream()) {
			read = this.reader.readZip(input);
		}
		catch (ArchiveRejectedException ex) {
			return refuse(ex.getMessage(), model, response);
		}
		return report(this.importer.importAll(read, principal.getName()), archive.getOriginalFilename(), model);
	}

	@PostMapping("/import-folder")
	String importFolder(Principal principal, Model model) {
		ContentFiles read = this.reader.readFolder(this.seed.contentDir());
		return report(this.importer.importAll(read, principal.getName()), "the content folder", model);
	}

	private String report(ImportReport report, String source, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("source", source);
		return page(model);
	}

	private String refuse(String problem, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("archiveProblem", problem);
		return page(model);
	}

	/**
	 * The content folder as editors may see it: where it lies on the server is no
	 * business of theirs, so an absolute path shows as its last name only.
	 */
	static String shownPath(Path folder) {
		Path normalized = folder.normalize();
		if (!normalized.isAbsolute()) {
			return normalized.toString().isEmpty() ? "." : normalized.toString();
		}
		Path name = normalized.getFileName();
		return (name != null) ? name.toString() : "content";
	}

}
