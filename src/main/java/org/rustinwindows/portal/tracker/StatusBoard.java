package org.rustinwindows.portal.tracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.content.SourcePages;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board as readers see it: every item with a record, an item's page with its history,
 * and the links from sources' and entries' pages to them. An item without a record has
 * nothing to show yet and stays out of sight.
 */
@Service
@Transactional(readOnly = true)
public class StatusBoard {

	private static final String PATH = "/status/";

	private final StatusItemRepository items;

	private final StatusChangeRepository changes;

	private final SourcePages sources;

	private final ContentCatalog catalog;

	private final ChangeNotes changeNotes;

	StatusBoard(StatusItemRepository items, StatusChangeRepository changes, SourcePages sources, ContentCatalog catalog,
			ChangeNotes changeNotes) {
		this.changeNotes = changeNotes;
		this.items = items;
		this.changes = changes;
		this.sources = sources;
		this.catalog = catalog;
	}

	public static String urlOf(String slug) {
		return PATH + slug;
	}

	/** The board, all of it or one group, in the order asked for. */
	public List<BoardRow> board(StatusGroup group, BoardOrder order) {
		List<StatusItem> shown = this.items.findOnBoard()
			.stream()
			.filter((item) -> group == null || item.getGroup() == group)
			.toList();
		Map<Long, SourceCitation> citations = this.sources.citations(shown.stream().map(this::latestSourceId).toList());
		List<BoardRow> rows = new ArrayList<>(
				shown.stream().map((item) -> row(item, citations.get(latestSourceId(item)))).toList());
		if (order == BoardOrder.CHANGED) {
			rows.sort(Comparator.comparing((BoardRow row) -> row.evidenceOn().date())
				.thenComparing(BoardRow::changedAt)
				.reversed()
				.thenComparing(BoardRow::title));
		}
		return rows;
	}

	/**
	 * @throws NotFoundException for an unknown item, or one without a record
	 */
	public StatusItemPage item(String slug) {
		StatusItem item = this.items.findBySlug(slug)
			.filter((found) -> !found.getChanges().isEmpty())
			.orElseThrow(() -> NotFoundException.forSlug("status item", slug));
		Map<Long, SourceCitation> citations = this.sources
			.citations(item.getChanges().stream().map(StatusChange::getSourceId).toList());
		List<EntryCard> entries = this.catalog.publishedCards(item.getEntryIds())
			.values()
			.stream()
			.sorted(Comparator.comparing(EntryCard::kind).thenComparing(EntryCard::title))
			.toList();
		List<ChangeNoteView> changes = this.changeNotes.of(StatusDesk.subjectKey(item.getId()))
			.stream()
			.filter((note) -> note.kind() != ChangeKind.STATUS)
			.toList();
		return new StatusItemPage(row(item, citations.get(latestSourceId(item))), item.getBodyHtml(),
				history(item, citations), entries, changes);
	}

	/**
	 * Every item on the board with its whole history, in the board's order: what the open
	 * data publishes. Three queries however many items there are: the items, all their
	 * records, and the sources those cite.
	 */
	public List<StatusItemHistory> histories() {
		List<StatusItem> shown = this.items.findOnBoard();
		Map<Long, SourceCitation> citations = this.sources.citations(shown.stream()
			.flatMap((item) -> item.getChanges().stream())
			.map(StatusChange::getSourceId)
			.distinct()
			.toList());
		return shown.stream()
			.map((item) -> new StatusItemHistory(row(item, citations.get(latestSourceId(item))),
					history(item, citations)))
			.toList();
	}

	/** The newest records, as they were made, for the board's feed. */
	public List<StatusRecordView> newest(int count) {
		List<StatusChange> newest = this.changes.findNewest(PageRequest.of(0, count));
		Map<Long, SourceCitation> citations = this.sources
			.citations(newest.stream().map(StatusChange::getSourceId).toList());
		return newest.stream()
			.map((change) -> new StatusRecordView(change.getItem().getSlug(), change.getItem().getTitle(),
					StatusHistoryLine.of(change, citations.get(change.getSourceId()))))
			.toList();
	}

	/** The item's records, newest first. */
	private static List<StatusHistoryLine> history(StatusItem item, Map<Long, SourceCitation> citations) {
		List<StatusHistoryLine> history = new ArrayList<>();
		for (StatusChange change : item.getChanges()) {
			history.add(0, StatusHistoryLine.of(change, citations.get(change.getSourceId())));
		}
		return history;
	}

	private long latestSourceId(StatusItem item) {
		return item.getChanges().get(item.getChanges().size() - 1).getSourceId();
	}

	private static BoardRow row(StatusItem item, SourceCitation source) {
		return new BoardRow(item.getSlug(), item.getTitle(), item.getGroup(), item.getSummary(), item.getStatus(),
				item.getStatusSince(), item.getEvidenceOn(), item.getChangedAt(), source);
	}

}
