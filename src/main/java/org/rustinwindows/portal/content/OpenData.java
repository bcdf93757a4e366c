package org.rustinwindows.portal.content;

import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything published, as the read-only JSON API and the downloadable dataset give it:
 * by stable id, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

	/** Oldest first, so that a page holds the same entries while new ones are added. */
	private static final Sort BY_ID = Sort.by("id");

	private static final int DATASET_PAGE = 200;

	private final EntryRepository entries;

	private final SourceRepository sources;

	/** Cleared after each slice of the dataset, so that memory does not grow with it. */
	@PersistenceContext
	private EntityManager entityManager;

	OpenData(EntryRepository entries, SourceRepository sources) {
		this.entries = entries;
		this.sources = sources;
	}

	/**
	 * A page of the published entries, all or of one kind, oldest first.
	 * @throws NotFoundException for a page past the last
	 */
	public PageView<EntryData> entries(EntryKind kind, int page, int size) {
		var pageable = PageNumbers.pageable(page, size).withSort(BY_ID);
		// The page's ids first, then their rows, as the reader's lists do: asked for
		// whole rows in order, H2 sorted every published entry, bodies and all, to cut
		// out one page (over a minute at 100,000 entries).
		List<Long> ids = (kind != null) ? this.entries.findIdsByKindAndStatus(kind, EntryStatus.PUBLISHED, pageable)
				: this.entries.findIdsByStatus(EntryStatus.PUBLISHED, pageable);
		long total = (kind != null) ? this.entries.countByKindAndStatus(kind, EntryStatus.PUBLISHED)
				: this.entries.countByStatus(EntryStatus.PUBLISHED);
		List<Entry> rows = ContentCatalog.inOrderOf(ids,
				ids.isEmpty() ? List.of() : this.entries.findByIdInAndStatus(ids, EntryStatus.PUBLISHED));
		return PageNumbers.requireExisting(PageView.of(new PageImpl<>(rows, pageable, total), EntryData::of));
	}

	/**
	 * @throws NotFoundException unless an entry with this id is published
	 */
	public EntryData entry(long id) {
		return this.entries.findByIdAndStatus(id, EntryStatus.PUBLISHED)
			.map(EntryData::of)
			.orElseThrow(() -> NotFoundException.forId("entry", id));
	}

	/**
	 * A page of the sources published entries cite, by title.
	 * @throws NotFoundException for a page past the last
	 */
	public PageView<SourceListing> sources(int page, int size) {
		return PageNumbers.requireExisting(
				PageView.of(this.sources.findCited(EntryStatus.PUBLISHED, null, PageNumbers.pageable(page, size)),
						(listing) -> listing));
	}

	/**
	 * @throws NotFoundException for an unknown source, or one only drafts cite
	 */
	public SourceView source(long id) {
		return this.sources.findById(id)
			.filter((source) -> source.isCitedElsewhere()
					|| !this.sources.findCiting(id, EntryStatus.PUBLISHED).isEmpty())
			.map(SourceView::of)
			.orElseThrow(() -> NotFoundException.forId("source", id));
	}

	/**
	 * Every published entry in id order, for the dataset: a slice at a time, each read
	 * from the last id of the one before, so that the last slice costs what the first
	 * did.
	 */
	public void forEachEntry(Consumer<EntryData> action) {
		long after = 0;
		List<Entry> slice;
		do {
			slice = this.entries.findByStatusAndIdGreaterThanOrderById(EntryStatus.PUBLISHED, after,
					Limit.of(DATASET_PAGE));
			for (Entry entry : slice) {
				action.accept(EntryData.of(entry));
				after = entry.getId();
			}
			this.entityManager.clear();
		}
		while (slice.size() == DATASET_PAGE);
	}

}
