package org.rustinwindows.portal.tracker.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.PublicNote;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusItemEditView;
import org.rustinwindows.portal.tracker.StatusItemText;

/**
 * The form that describes a status item, as typed: every field a string, so that what was
 * typed comes back to the editor when a save is refused.
 *
 * @param version the version the editor opened ({@code null} from a form that lost it)
 * @param slug the page's address
 * @param title what the item is called
 * @param group the group's word
 * @param summary one line on what it is
 * @param body its description in Markdown
 * @param position its place in its group
 * @param related the entries that discuss it, one reference a line
 * @param changeKind {@code correction}, {@code update}, or empty: what readers are told
 * of the save
 * @param changeNote the note readers see
 */
record StatusItemForm(Long version, String slug, String title, String group, String summary, String body,
		String position, String related, String changeKind, String changeNote) {

	static StatusItemForm empty() {
		return new StatusItemForm(0L, "", "", StatusGroup.CRATES.word(), "", "", "1", "", "", "");
	}

	static StatusItemForm of(StatusItemEditView item) {
		StatusItemText text = item.text();
		return new StatusItemForm(item.version(), text.slug(), text.title(), text.group().word(), text.summary(),
				text.bodyMarkdown(), String.valueOf(text.position()),
				item.related().stream().map(EntryRef::toString).collect(Collectors.joining("\n")), "", "");
	}

	/**
	 * @throws EntryRuleException when the group, the place or a reference cannot be read
	 */
	StatusItemText text() {
		StatusGroup chosen;
		try {
			chosen = StatusGroup.fromWord(orEmpty(this.group));
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRuleException("group", "Choose the group the item belongs to.");
		}
		int place;
		try {
			place = Integer.parseInt(orEmpty(this.position).strip());
		}
		catch (NumberFormatException ex) {
			throw new EntryRuleException("position", "Give the item's place in its group as a number, from 1.");
		}
		return new StatusItemText(orEmpty(this.slug).strip(), this.title, chosen, this.summary, orEmpty(this.body),
				place);
	}

	/**
	 * @throws EntryRuleException when a line is not a reference to an entry
	 */
	List<EntryRef> relatedRefs() {
		List<EntryRef> refs = new ArrayList<>();
		for (String line : orEmpty(this.related).split("[\\r\\n,]+")) {
			if (!line.isBlank()) {
				try {
					refs.add(EntryRef.parse(line.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new EntryRuleException("related", ex.getMessage());
				}
			}
		}
		return refs;
	}

	/**
	 * @return what readers are told of the save, or {@code null}
	 * @throws EntryRuleException (field {@code changeNote}) for a note without its kind
	 */
	PublicNote note() {
		return PublicNote.read(this.changeKind, this.changeNote);
	}

	public String kindOrEmpty() {
		return (this.changeKind != null) ? this.changeKind : "";
	}

	/**
	 * The version to save over: none known is no version, which any saved item has moved
	 * past.
	 */
	long expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	StatusItemForm withVersion(long newVersion) {
		return new StatusItemForm(newVersion, this.slug, this.title, this.group, this.summary, this.body, this.position,
				this.related, this.changeKind, this.changeNote);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
