package org.rustinwindows.portal.content.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rustinwindows.portal.content.EditOutcome;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.rustinwindows.portal.content.ThreeWayMerge;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a refused save: the editor's text merged with the version saved meanwhile, with a
 * choice for each change both made, or saved over it once the editor confirms what of
 * theirs is lost. Either goes through only against the version the editor was shown; if
 * someone saved yet again, the editor sees that version instead.
 */
@Controller
@RequestMapping("/admin/{section:articles|timeline|faq}/{id}")
class EntryConflictAdminController {

	private final EditorialDesk desk;

	private final EntryWriter writer;

	private final EntryFileFormat format;

	private final EntryEditorPage editorPage;

	EntryConflictAdminController(EditorialDesk desk, EntryWriter writer, EntryFileFormat format,
			EntryEditorPage editorPage) {
		this.desk = desk;
		this.writer = writer;
		this.format = format;
		this.editorPage = editorPage;
	}

	@ModelAttribute("kind")
	EntryKind kind(@PathVariable String section) {
		return EntryKind.fromPathSegment(section);
	}

	/**
	 * @param sides the editor's text and the versions it met, as the conflict page showed
	 * them
	 * @param choices for each change both made, {@code choice-1}, {@code choice-2} and so
	 * on: THEIRS, MINE or BOTH
	 */
	@PostMapping("/merge")
	String merge(@ModelAttribute("kind") EntryKind kind, @PathVariable long id, @ModelAttribute ConflictSides sides,
			@RequestParam Map<String, String> choices, Principal principal, Model model, RedirectAttributes redirect) {
		Shown shown = read(kind, id, sides, model);
		if (shown.answer() != null) {
			return shown.answer();
		}
		ThreeWayMerge.Merge merge = this.editorPage
			.mergeTexts(kind, shown.current(), sides.baseRevision(), sides.mine())
			.merge();
		List<ThreeWayMerge.Choice> chosen = chosen(choices, merge.clashes().size());
		if (chosen == null) {
			return again(kind, shown, "Choose, for each change you both made, which to keep.", model);
		}
		try {
			EntryFile merged = this.format.parse(kind, merge.text(chosen));
			return save(kind, id, shown, merged, principal, model, redirect,
					"Merged with the version saved meanwhile and saved.");
		}
		catch (InvalidEntryFileException ex) {
			return again(kind, shown, "The merged text is not a whole entry (" + ex.getMessage()
					+ "). Choose otherwise, or mend your text in the form and save again.", model);
		}
	}

	/**
	 * @param confirm present when the editor ticked that the other version's changes are
	 * to be lost
	 */
	@PostMapping("/overwrite")
	String overwrite(@ModelAttribute("kind") EntryKind kind, @PathVariable long id, @ModelAttribute ConflictSides sides,
			@RequestParam(required = false) String confirm, Principal principal, Model model,
			RedirectAttributes redirect) {
		Shown shown = read(kind, id, sides, model);
		if (shown.answer() != null) {
			return shown.answer();
		}
		if (confirm == null) {
			return again(kind, shown,
					"Tick the box to confirm that their changes listed below are to be lost, or merge instead.", model);
		}
		return save(kind, id, shown, shown.mine(), principal, model, redirect, "Saved over the other version.");
	}

	/**
	 * The entry as saved now and the editor's text; or the page to show instead, when the
	 * text is not an entry or someone saved yet again.
	 */
	private Shown read(EntryKind kind, long id, ConflictSides sides, Model model) {
		EntryEditView current = this.desk.edit(kind, id);
		EntryFile file;
		try {
			file = this.format.parse(kind, (sides.mine() != null) ? sides.mine() : "");
		}
		catch (InvalidEntryFileException ex) {
			model.addAttribute("conflictProblem", "Your text could not be read back (" + ex.getMessage() + ").");
			return new Shown(current, null, null,
					this.editorPage.conflict(kind, current, EntryForm.of(current), null, model));
		}
		// On the version the editor opened: saving the form as it is stays a conflict.
		EntryForm form = EntryForm.of(file, sides.myVersion(), sides.baseRevision());
		Shown shown = new Shown(current, file, form, null);
		if (current.version() != sides.theirVersion()) {
			return new Shown(current, file, form,
					again(kind, shown, "They saved again meanwhile: here is their latest version.", model));
		}
		return shown;
	}

	private String save(EntryKind kind, long id, Shown shown, EntryFile file, Principal principal, Model model,
			RedirectAttributes redirect, String message) {
		try {
			EditOutcome outcome = this.writer.update(id, shown.current().version(), file, principal.getName());
			if (outcome instanceof EditOutcome.Conflict conflict) {
				return again(kind, new Shown(conflict.current(), shown.mine(), shown.form(), null),
						"They saved again meanwhile: here is their latest version.", model);
			}
		}
		catch (EntryRuleException ex) {
			return again(kind, shown, ex.getMessage(), model);
		}
		this.editorPage.saved(new EditorKey(kind, id), principal.getName());
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/" + new EditorKey(kind, id).key();
	}

	private String again(EntryKind kind, Shown shown, String problem, Model model) {
		model.addAttribute("conflictProblem", problem);
		return this.editorPage.conflict(kind, shown.current(), shown.form(), shown.mine(), model);
	}

	/**
	 * The choices, one for each clash, or {@code null} when any is missing or unknown.
	 */
	private static List<ThreeWayMerge.Choice> chosen(Map<String, String> parameters, int clashes) {
		List<ThreeWayMerge.Choice> chosen = new ArrayList<>();
		for (int number = 1; number <= clashes; number++) {
			String choice = parameters.get("choice-" + number);
			if (choice == null) {
				return null;
			}
			try {
				chosen.add(ThreeWayMerge.Choice.valueOf(choice.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return chosen;
	}

	/**
	 * What the conflict page's forms carry.
	 *
	 * @param mine the editor's text, in the content-file format
	 * @param myVersion the version the editor opened
	 * @param theirVersion the version saved meanwhile, as the page showed it
	 * @param baseRevision the revision the editor started from
	 */
	record ConflictSides(String mine, long myVersion, long theirVersion, int baseRevision) {

	}

	/**
	 * @param current the entry as saved now
	 * @param mine the editor's entry
	 * @param form the editor's entry in the form, on the version they were shown
	 * @param answer the page to show instead of going on, or {@code null}
	 */
	private record Shown(EntryEditView current, EntryFile mine, EntryForm form, String answer) {

	}

}
