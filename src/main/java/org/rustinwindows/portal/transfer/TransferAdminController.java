package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.ZipDownload;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export and import for editors. An import runs in the background: its form redirects to
 * a page that shows how far it has come, and its report once it is done.
 */
@Controller
@RequestMapping("/admin/transfer")
class TransferAdminController {

	private static final String PAGE = "admin/transfer/transfer";

	private static final int HTMX_STOP_POLLING = 286;

	private final ContentExporter exporter;

	private final ContentFileReader reader;

	private final ImportJobs imports;

	private final SeedProperties seed;

	private final Clock clock;

	TransferAdminController(ContentExporter exporter, ContentFileReader reader, ImportJobs imports, SeedProperties seed,
			Clock clock) {
		this.exporter = exporter;
		this.reader = reader;
		this.imports = imports;
		this.seed = seed;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("contentFolder", shownPath(this.seed.contentDir()));
		model.addAttribute("runningImport", this.imports.running().orElse(null));
		return PAGE;
	}

	@GetMapping("/content.zip")
	void export(HttpServletResponse response) throws IOException {
		String name = "rust-in-windows-content-" + LocalDate.now(this.clock) + ".zip";
		try (OutputStream output = ZipDownload.start(response, name)) {
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
		String name = archive.getOriginalFilename();
		return start(read, (name != null && !name.isBlank()) ? name : "the archive", principal, model, response);
	}

	@PostMapping("/import-folder")
	String importFolder(Principal principal, Model model, HttpServletResponse response) {
		return start(this.reader.readFolder(this.seed.contentDir()), "the content folder", principal, model, response);
	}

	@GetMapping("/imports/{id}")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("job", job(id));
		model.addAttribute("htmx", true);
		return "admin/transfer/import";
	}

	/**
	 * What the progress page polls: its changing part, with status 286 once the import
	 * has finished, which tells htmx to stop polling.
	 */
	@GetMapping(path = "/imports/{id}", headers = "HX-Request=true")
	String progressUpdate(@PathVariable String id, Model model, HttpServletResponse response) {
		ImportJob job = job(id);
		model.addAttribute("job", job);
		if (!job.isRunning()) {
			response.setStatus(HTMX_STOP_POLLING);
		}
		return "admin/transfer/import :: progress";
	}

	private ImportJob job(String id) {
		return this.imports.find(id).orElseThrow(() -> new NotFoundException("No import " + id));
	}

	private String start(ContentFiles read, String source, Principal principal, Model model,
			HttpServletResponse response) {
		try {
			ImportJob job = this.imports.start(read, source, principal.getName());
			return "redirect:/admin/transfer/imports/" + job.id();
		}
		catch (ImportJobs.ImportRunningException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("importProblem", "Another import is still running; start this one once it is done.");
			return page(model);
		}
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
