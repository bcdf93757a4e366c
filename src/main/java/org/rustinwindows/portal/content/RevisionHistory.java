package org.rustinwindows.portal.content;

import java.util.List;
import java.util.Optional;

import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An entry's revisions: the list, one revision's text, the difference between any two,
 * and restoring one as a new revision.
 */
@Service
@Transactional(readOnly = true)
public class RevisionHistory {

	private final EntryRevisionRepository revisions;

	private final EntryFileFormat format;

	private final EntryWriter writer;

	private final EntryRepository entries;

	RevisionHistory(EntryRevisionRepository revisions, EntryFileFormat format, EntryWriter writer,
			EntryRepository entries) {
		this.entries = entries;
		this.revisions = revisions;
		this.format = format;
		this.writer = writer;
	}

	public List<RevisionSummary> list(long entryId) {
		return this.revisions.findByEntryIdOrderByNumberDesc(entryId).stream().map(RevisionSummary::of).toList();
	}

	/** The revision's full text in the content-file format. */
	public String document(long entryId, int number) {
		return find(entryId, number).getDocument();
	}

	/**
	 * The text an editor started from, who opened the entry at that revision: the
	 * revision itself, or for an entry that had none, the baseline its next save kept
	 * (revision 1, the entry as it was before that save). Empty when it cannot be known.
	 * @param revision {@link EntryEditView#revision()} as the editor opened it
	 */
	public Optional<String> startingPoint(long entryId, int revision) {
		return this.revisions.findByEntryIdAndNumber(entryId, Math.max(1, revision)).map(EntryRevision::getDocument);
	}

	/**
	 * How the newer revision differs from the older one, whichever order they are given
	 * in.
	 */
	public List<DiffLine> diff(long entryId, int from, int to) {
		EntryRevision older = find(entryId, Math.min(from, to));
		EntryRevision newer = find(entryId, Math.max(from, to));
		return TextDiff.between(older.getDocument(), newer.getDocument());
	}

	/** How two texts differ, such as a saved version and an editor's unsaved one. */
	public List<DiffLine> diff(String older, String newer) {
		return TextDiff.between(older, newer);
	}

	/**
	 * Brings the content of a revision back as a new revision.
	 * @throws NotFoundException when there is no such entry of the kind, or no such
	 * revision of it
	 * @throws EntryRuleException when it can no longer be restored as it was, such as
	 * when another entry has taken its slug since
	 */
	@Transactional
	public SaveOutcome restore(EntryKind kind, long entryId, int number, String editor) {
		if (!this.entries.existsByIdAndKind(entryId, kind)) {
			throw NotFoundException.forId(kind.label(), entryId);
		}
		EntryRevision revision = find(entryId, number);
		EntryFile earlier;
		try {
			earlier = this.format.parse(kind, revision.getDocument());
		}
		catch (InvalidEntryFileException ex) {
			throw new EntryRuleException("revision",
					"Revision " + number + " cannot be read any more: " + ex.getMessage());
		}
		return this.writer.restore(entryId, number, earlier, editor);
	}

	private EntryRevision find(long entryId, int number) {
		return this.revisions.findByEntryIdAndNumber(entryId, number)
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of entry " + entryId));
	}

}
