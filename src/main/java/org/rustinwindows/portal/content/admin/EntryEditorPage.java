package org.rustinwindows.portal.content.admin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.rustinwindows.portal.content.RevisionHistory;
import org.rustinwindows.portal.content.SourceDesk;
import org.rustinwindows.portal.content.ThreeWayMerge;
import org.rustinwindows.portal.content.markdown.MarkdownRefusedException;
import org.rustinwindows.portal.content.markdown.MarkdownRenderer;
import org.rustinwindows.portal.media.ImageRejectedException;
import org.rustinwindows.portal.media.MediaLibrary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills the model of the edit page: the form as typed, the entry it belongs to, a preview
 * when asked for, and both versions when a save ran into someone else's.
 */
@Component
class EntryEditorPage {

	static final String VIEW = "admin/content/edit";

	static final String MISSING_DESCRIPTION = "Describe the image for readers who cannot see it: "
			+ "what it shows, in a sentence.";

	/** As many known sources as the editor's list offers to pick from. */
	static final int KNOWN_SOURCES = 1000;

	static final String UPLOAD_BROKEN = "The upload did not arrive completely; please try again.";

	private final EditorialDesk desk;

	private final RevisionHistory history;

	private final EntryFileFormat format;

	private final MarkdownRenderer renderer;

	private final MediaLibrary media;

	private final EditorAutosaves autosaves;

	private final SourceDesk sources;

	EntryEditorPage(EditorialDesk desk, RevisionHistory history, EntryFileFormat format, MarkdownRenderer renderer,
			MediaLibrary media, EditorAutosaves autosaves, SourceDesk sources) {
		this.sources = sources;
		this.desk = desk;
		this.history = history;
		this.format = format;
		this.renderer = renderer;
		this.media = media;
		this.autosaves = autosaves;
	}

	/**
	 * The editor as opened: with the text the editor kept and did not save, when they ask
	 * to restore it, and otherwise with an offer to restore it when it differs from what
	 * is saved. A restored text keeps the version it was typed on, so that saving it over
	 * someone else's later save is refused as a conflict.
	 */
	String open(EditorKey key, EntryEditView entry, EntryForm saved, boolean restore, String username, Model model) {
		Optional<EditorAutosaves.Autosave> kept = this.autosaves.find(username, key)
			.filter((autosave) -> !autosave.form().sameTextAs(saved));
		if (restore && kept.isPresent()) {
			model.addAttribute("restoredFrom", kept.get().savedAt());
			return show(key.kind(), entry, kept.get().form(), model);
		}
		kept.ifPresent((autosave) -> model.addAttribute("autosave", autosave));
		return show(key.kind(), entry, saved, model);
	}

	/** The editor saved: what was kept for them is no longer needed. */
	void saved(EditorKey key, String username) {
		this.autosaves.forget(username, key);
	}

	String show(EntryKind kind, EntryEditView entry, EntryForm form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("entry", entry);
		// htmx comes only to the pages that use it, so that no other admin page acts on
		// hx- attributes.
		model.addAttribute("htmx", true);
		if (!form.equals(model.getAttribute("form"))) {
			// A different form (source rows changed) drops the bound one and its errors;
			// the
			// same one keeps them.
			model.addAttribute("form", form);
		}
		model.addAttribute("statuses",
				new EntryStatus[] { EntryStatus.DRAFT, EntryStatus.PUBLISHED, EntryStatus.SCHEDULED });
		model.addAttribute("tags", this.desk.tags());
		model.addAttribute("knownSources", this.sources.citable(KNOWN_SOURCES));
		if (!model.containsAttribute("publicNote")) {
			model.addAttribute("publicNote", PublicNoteForm.empty());
		}
		Object bound = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("problems",
				(bound instanceof BindingResult errors) ? FormFieldNames.problems(errors) : List.of());
		model.addAttribute("action", "/admin/" + new EditorKey(kind, (entry != null) ? entry.id() : null).key());
		// Shown again after a preview or a restore, the form may hold text not saved yet:
		// the page then warns before it is left, as it does once the editor types.
		model.addAttribute("unsaved", !form.sameTextAs((entry != null) ? EntryForm.of(entry) : EntryForm.empty()));
		return VIEW;
	}

	/**
	 * Shows the editor's text against the version saved meanwhile, put together with it
	 * where they changed different lines, with the lines both changed to choose for
	 * ({@link EntryConflictAdminController}). The form keeps the version the editor
	 * opened: saving it again as it is meets the same conflict, and never drops the other
	 * change unseen.
	 * @param mine the editor's entry, or {@code null} when the form named no version
	 */
	String conflict(EntryKind kind, EntryEditView current, EntryForm form, EntryFile mine, Model model) {
		model.addAttribute("conflict", current);
		if (mine == null) {
			return show(kind, current, form.withVersion(current.version()), model);
		}
		String myDocument = this.format.writeAsEdited(mine);
		MergeTexts texts = mergeTexts(kind, current, form.baseRevisionNumber(), myDocument);
		model.addAttribute("merge", texts.merge());
		model.addAttribute("myDocument", myDocument);
		model.addAttribute("theirChanges", this.history.diff(texts.base(), texts.theirs()));
		return show(kind, current, form, model);
	}

	/**
	 * The three texts of a conflict, as editors write them (without the time of the last
	 * save), and how they go together. A starting point that cannot be read back counts
	 * as empty: then every line is the editor's choice.
	 * @param baseRevision the revision the editor started from
	 */
	MergeTexts mergeTexts(EntryKind kind, EntryEditView current, int baseRevision, String mine) {
		String base = this.history.startingPoint(current.id(), baseRevision).map((document) -> {
			try {
				return this.format.writeAsEdited(this.format.parse(kind, document));
			}
			catch (InvalidEntryFileException ex) {
				return "";
			}
		}).orElse("");
		String theirs = this.format.writeAsEdited(current.file());
		return new MergeTexts(base, theirs, ThreeWayMerge.of(base, theirs, mine));
	}

	/**
	 * @param base the text both editors started from
	 * @param theirs the text saved meanwhile
	 * @param merge the two changes put together
	 */
	record MergeTexts(String base, String theirs, ThreeWayMerge.Merge merge) {

	}

	/**
	 * Stores an image attached to the form and adds it at the end of the body (with
	 * script, the editor page inserts it at the cursor instead:
	 * {@link EditorImageController}), or says why it was refused. Runs whichever button
	 * was pressed, so an attached image is never silently dropped; an image without its
	 * description is not stored.
	 */
	EntryForm attachImage(EntryForm form, AttachedImage attached, Model model) {
		MultipartFile image = attached.image();
		if (image == null || image.isEmpty()) {
			return form;
		}
		if (!attached.isDescribed()) {
			model.addAttribute("imageProblem", MISSING_DESCRIPTION);
			return form;
		}
		try {
			String url = this.media.store(image.getBytes());
			String body = (form.body() != null) ? form.body().stripTrailing() : "";
			model.addAttribute("imageAdded", url);
			return form.withBody(body + (body.isEmpty() ? "" : "\n\n")
					+ ImageSnippet.of(url, attached.imageAlt(), attached.imageCaption()) + "\n");
		}
		catch (ImageRejectedException ex) {
			model.addAttribute("imageProblem", ex.getMessage());
			return form;
		}
		catch (IOException ex) {
			model.addAttribute("imageProblem", UPLOAD_BROKEN);
			return form;
		}
	}

	/** The body as readers will see it, or why it cannot be shown. */
	String render(String markdown) {
		try {
			return this.renderer.render((markdown != null) ? markdown : "").html();
		}
		catch (MarkdownRefusedException ex) {
			return "<p class=\"field-error\">" + HtmlUtils.htmlEscape(ex.getMessage()) + "</p>";
		}
	}

}
