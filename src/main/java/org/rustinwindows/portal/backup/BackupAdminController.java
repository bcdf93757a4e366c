package org.rustinwindows.portal.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.shared.ZipDownload;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The backup page for admins: what a backup holds on this portal's database, and the
 * download.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupAdminController {

	private final PortalBackup backup;

	private final Clock clock;

	BackupAdminController(PortalBackup backup, Clock clock) {
		this.backup = backup;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("database", this.backup.database().name());
		return "admin/backup";
	}

	@GetMapping("/portal-backup.zip")
	void download(HttpServletResponse response) throws IOException {
		String name = "rust-in-windows-backup-" + LocalDate.now(this.clock) + ".zip";
		try (OutputStream output = ZipDownload.start(response, name)) {
			this.backup.writeZip(output);
		}
	}

}
