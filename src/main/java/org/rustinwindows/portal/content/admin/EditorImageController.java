package org.rustinwindows.portal.content.admin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.media.ImageRejectedException;
import org.rustinwindows.portal.media.MediaLibrary;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Images for the editor: the media library of recent uploads ({@code /admin/media}), and,
 * for the editor page's script, an upload that answers with the Markdown to insert at the
 * cursor (the page without script inserts at the end of the body through the form).
 */
@Controller
class EditorImageController {

	/**
	 * The library shows the recent uploads; older ones are in the entries that use them.
	 */
	private static final int LISTED = 60;

	private final MediaLibrary media;

	EditorImageController(MediaLibrary media) {
		this.media = media;
	}

	@GetMapping("/admin/media")
	String library(Model model) {
		model.addAttribute("images", this.media.newest(LISTED));
		return "admin/media/library";
	}

	/** The library for the editor's picker. */
	@GetMapping(path = "/admin/media", produces = "application/json")
	@ResponseBody
	List<MediaLibrary.Upload> libraryForThePicker() {
		return this.media.newest(LISTED);
	}

	/**
	 * Stores the image, or reuses one from the library when an address is given instead,
	 * and answers with the Markdown for it, or with what to mend (400).
	 */
	@PostMapping(path = "/admin/media", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, String>> insert(@ModelAttribute AttachedImage attached,
			@RequestParam(required = false) String imageUrl) {
		if (!attached.isDescribed()) {
			return problem(EntryEditorPage.MISSING_DESCRIPTION);
		}
		String url;
		if (attached.image() != null && !attached.image().isEmpty()) {
			try {
				url = this.media.store(attached.image().getBytes());
			}
			catch (ImageRejectedException ex) {
				return problem(ex.getMessage());
			}
			catch (IOException ex) {
				return problem(EntryEditorPage.UPLOAD_BROKEN);
			}
		}
		else if (imageUrl != null && this.media.isUpload(imageUrl)) {
			url = imageUrl;
		}
		else {
			return problem("Choose an image file, or one from the library.");
		}
		return ResponseEntity
			.ok(Map.of("url", url, "markdown", ImageSnippet.of(url, attached.imageAlt(), attached.imageCaption())));
	}

	private static ResponseEntity<Map<String, String>> problem(String message) {
		return ResponseEntity.badRequest().body(Map.of("problem", message));
	}

}
