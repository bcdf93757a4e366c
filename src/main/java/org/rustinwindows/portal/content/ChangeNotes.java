package org.rustinwindows.portal.content;

import java.time.Clock;
import java.util.List;

import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of changes after publication: corrections and updates an editor notes
 * when saving a published entry or status item, and status records. Notes are only ever
 * added.
 */
@Service
@Transactional
public class ChangeNotes {

	public static final int NOTE_LENGTH = 500;

	public static final int NOTES_PER_PAGE = 30;

	private final ChangeNoteRepository notes;

	private final ContentVersion version;

	private final Clock clock;

	ChangeNotes(ChangeNoteRepository notes, ContentVersion version, Clock clock) {
		this.notes = notes;
		this.version = version;
		this.clock = clock;
	}

	/**
	 * Notes a change to another module's page, such as a status item.
	 * @param subject what the note concerns
	 * @throws EntryRuleException (field {@code changeNote}) when the note is empty or too
	 * long
	 */
	public void record(ChangeSubject subject, ChangeKind kind, String note, String editor) {
		this.notes.save(new ChangeNote(kind, validate(note), this.clock.instant(), editor, null, subject.key(),
				subject.label(), subject.title(), subject.path()));
		this.version.advance();
	}

	void recordForEntry(Entry entry, ChangeKind kind, String note, String editor) {
		this.notes.save(new ChangeNote(kind, validate(note), this.clock.instant(), editor, entry.getId(), null,
				entry.getKind().label(), entry.getTitle(), entry.getKind().urlOf(entry.getSlug())));
	}

	/** The notes of an entry, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeNoteView> ofEntry(long entryId) {
		return this.notes.findByEntryIdOrderByNotedAtDescIdDesc(entryId).stream().map(ChangeNote::view).toList();
	}

	/** The notes of another module's page, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeNoteView> of(String subjectKey) {
		return this.notes.findBySubjectKeyOrderByNotedAtDescIdDesc(subjectKey).stream().map(ChangeNote::view).toList();
	}

	/**
	 * A page of every note readers may see, newest first.
	 * @throws org.rustinwindows.portal.shared.NotFoundException for a page past the last
	 */
	@Transactional(readOnly = true)
	public PageView<ChangeNoteView> page(int page) {
		return PageNumbers.requireExisting(
				PageView.of(this.notes.findPublic(EntryStatus.PUBLISHED, PageNumbers.pageable(page, NOTES_PER_PAGE)),
						ChangeNote::view));
	}

	/** The newest notes readers may see, for the feed. */
	@Transactional(readOnly = true)
	public List<ChangeNoteView> newest(int count) {
		return this.notes.findPublic(EntryStatus.PUBLISHED, PageNumbers.pageable(1, count))
			.map(ChangeNote::view)
			.getContent();
	}

	static String validate(String note) {
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty() || text.length() > NOTE_LENGTH || ControlCharacters.inMultilineText(text)) {
			throw new EntryRuleException("changeNote",
					"Tell readers in a sentence or two (at most " + NOTE_LENGTH + " characters) what changed.");
		}
		return text;
	}

}
