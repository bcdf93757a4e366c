package org.rustinwindows.portal.content.admin;

import java.security.Principal;
import java.util.Optional;

import jakarta.validation.Valid;

import org.rustinwindows.portal.content.EditOutcome;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntrySummary;
import org.rustinwindows.portal.content.EntryWriter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lists, creates, edits and trashes the entries of one kind, under
 * {@code /admin/articles}, {@code /admin/timeline} and {@code /admin/faq}.
 */
@Controller
@RequestMapping("/admin/{section:articles|timeline|faq}")
class EntryAdminController {

	private final EditorialDesk desk;

	private final EntryWriter writer;

	private final EntryLifecycle lifecycle;

	private final EntryEditorPage editorPage;

	EntryAdminController(EditorialDesk desk, EntryWriter writer, EntryLifecycle lifecycle, EntryEditorPage editorPage) {
		this.desk = desk;
		this.writer = writer;
		this.lifecycle = lifecycle;
		this.editorPage = editorPage;
	}

	@ModelAttribute("kind")
	EntryKind kind(@PathVariable String section) {
		return EntryKind.fromPathSegment(section);
	}

	@GetMapping
	String list(@ModelAttribute("kind") EntryKind kind, @RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String q,
			@RequestParam(required = false) EntryFilter.Sort sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		EntryFilter filter = new EntryFilter(status, tag, (q != null && q.length() > 200) ? q.substring(0, 200) : q,
				sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.desk.list(kind, filter, page));
		model.addAttribute("filterQuery",
				UriComponentsBuilder.newInstance()
					.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
					.queryParamIfPresent("tag", Optional.ofNullable(filter.tag()))
					.queryParamIfPresent("q", Optional.ofNullable(filter.text()))
					.queryParam("sort", filter.sort())
					.build()
					.encode()
					.getQuery());
		model.addAttribute("statuses", EntryStatus.values());
		model.addAttribute("sorts", EntryFilter.Sort.values());
		model.addAttribute("tags", this.desk.tags());
		return "admin/content/list";
	}

	@GetMapping("/new")
	String newEntry(@ModelAttribute("kind") EntryKind kind, @RequestParam(required = false) String restore,
			Principal principal, Model model) {
		return this.editorPage.open(new EditorKey(kind, null), null, EntryForm.empty(), restore != null,
				principal.getName(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("kind") EntryKind kind, @Valid @ModelAttribute("form") EntryForm typed,
			BindingResult result, @ModelAttribute AttachedImage attached, Principal principal, Model model,
			RedirectAttributes redirect) {
		EntryForm form = this.editorPage.attachImage(typed, attached, model);
		EntryFile file = readIfValid(kind, form, result);
		if (file != null) {
			try {
				long id = this.writer.create(file, principal.getName());
				this.editorPage.saved(new EditorKey(kind, null), principal.getName());
				redirect.addFlashAttribute("message", "Created “" + file.entry().title() + "”.");
				return "redirect:/admin/" + kind.pathSegment() + "/" + id;
			}
			catch (EntryRuleException ex) {
				EntryForm.reject(result, ex);
			}
		}
		return this.editorPage.show(kind, null, form, model);
	}

	/**
	 * @param restore present to open the editor with the text kept for this editor and
	 * not saved
	 */
	@GetMapping("/{id}")
	String edit(@ModelAttribute("kind") EntryKind kind, @PathVariable long id,
			@RequestParam(required = false) String restore, Principal principal, Model model) {
		EntryEditView view = this.desk.edit(kind, id);
		return this.editorPage.open(new EditorKey(kind, id), view, EntryForm.of(view), restore != null,
				principal.getName(), model);
	}

	/**
	 * Saves and goes back to the editor, or shows the editor's text again: with what to
	 * mend, or against the version someone saved meanwhile. The saved entry is read only
	 * when the editor is shown again.
	 */
	@PostMapping("/{id}")
	String update(@ModelAttribute("kind") EntryKind kind, @PathVariable long id,
			@Valid @ModelAttribute("form") EntryForm typed, BindingResult result,
			@ModelAttribute AttachedImage attached, @ModelAttribute("publicNote") PublicNoteForm publicNote,
			Principal principal, Model model, RedirectAttributes redirect) {
		EntryForm form = this.editorPage.attachImage(typed, attached, model);
		Long version = form.versionNumber();
		if (version == null) {
			return this.editorPage.conflict(kind, this.desk.edit(kind, id), form, null, model);
		}
		EntryFile file = readIfValid(kind, form, result);
		if (file != null) {
			try {
				EditOutcome outcome = this.writer.update(id, version, file, principal.getName(), publicNote.note());
				if (outcome instanceof EditOutcome.Conflict conflict) {
					return this.editorPage.conflict(kind, conflict.current(), form, file, model);
				}
				this.editorPage.saved(new EditorKey(kind, id), principal.getName());
				redirect.addFlashAttribute("message",
						(outcome == EditOutcome.SAVED) ? "Saved." : "Nothing had changed, so nothing was saved.");
				return "redirect:/admin/" + kind.pathSegment() + "/" + id;
			}
			catch (EntryRuleException ex) {
				if ("changeNote".equals(ex.field())) {
					model.addAttribute("noteProblem", ex.getMessage());
				}
				else {
					EntryForm.reject(result, ex);
				}
			}
		}
		return this.editorPage.show(kind, this.desk.edit(kind, id), form, model);
	}

	/** The Preview button: the body as readers will see it, below the form. */
	@PostMapping(path = { "/new", "/{id}" }, params = "action=preview")
	String preview(@ModelAttribute("kind") EntryKind kind, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") EntryForm typed, BindingResult result,
			@ModelAttribute AttachedImage attached, Model model) {
		EntryForm form = this.editorPage.attachImage(typed, attached, model);
		model.addAttribute("preview", this.editorPage.render(form.body()));
		return this.editorPage.show(kind, opened(kind, id), form, model);
	}

	/** The Upload button: the image goes in, the entry is not saved. */
	@PostMapping(path = { "/new", "/{id}" }, params = "action=upload")
	String upload(@ModelAttribute("kind") EntryKind kind, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") EntryForm typed, BindingResult result,
			@ModelAttribute AttachedImage attached, Model model) {
		EntryForm form = this.editorPage.attachImage(typed, attached, model);
		return this.editorPage.show(kind, opened(kind, id), form, model);
	}

	/**
	 * The buttons beside the source rows: add, remove or move a row, nothing saved. A
	 * request that names another button as well is that button's.
	 */
	@PostMapping(path = { "/new", "/{id}" },
			params = { SourceRowAction.PARAMETER, "action!=preview", "action!=upload" })
	String changeSources(@ModelAttribute("kind") EntryKind kind, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute("form") EntryForm typed, BindingResult result,
			@RequestParam(SourceRowAction.PARAMETER) String button, @ModelAttribute AttachedImage attached,
			Model model) {
		EntryForm form = this.editorPage.attachImage(typed, attached, model);
		return this.editorPage.show(kind, opened(kind, id), form.withSourceAction(SourceRowAction.parse(button)),
				model);
	}

	@PostMapping("/{id}/trash")
	String trash(@ModelAttribute("kind") EntryKind kind, @PathVariable long id, Principal principal,
			RedirectAttributes redirect) {
		EntrySummary trashed = this.lifecycle.trash(kind, id, principal.getName());
		redirect.addFlashAttribute("message", "Moved “" + trashed.title() + "” to the trash.");
		return "redirect:/admin/" + kind.pathSegment();
	}

	private EntryEditView opened(EntryKind kind, Long id) {
		return (id != null) ? this.desk.edit(kind, id) : null;
	}

	private static EntryFile readIfValid(EntryKind kind, EntryForm form, BindingResult result) {
		EntryFile file = EntryFormReader.read(kind, form, result);
		return result.hasErrors() ? null : file;
	}

}
