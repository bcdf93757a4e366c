package org.rustinwindows.portal.content;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors need to see at a glance: how much there is, what is unfinished and what
 * changed lately. Unlike {@link ContentCatalog}, it sees entries in every state.
 */
@Service
@Transactional(readOnly = true)
public class EditorialDesk {

	private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

	private final EntryRepository entries;

	EditorialDesk(EntryRepository entries) {
		this.entries = entries;
	}

	public List<KindCounts> counts() {
		return Arrays.stream(EntryKind.values())
			.map((kind) -> new KindCounts(kind, this.entries.countByKindAndStatus(kind, EntryStatus.PUBLISHED),
					this.entries.countByKindAndStatus(kind, EntryStatus.DRAFT)))
			.toList();
	}

	public List<EntrySummary> drafts(int count) {
		return this.entries.findByStatus(EntryStatus.DRAFT, PageRequest.of(0, count, LAST_CHANGED_FIRST))
			.map(EntrySummary::of)
			.getContent();
	}

	public List<EntrySummary> recentlyChanged(int count) {
		return this.entries.findAll(PageRequest.of(0, count, LAST_CHANGED_FIRST)).map(EntrySummary::of).getContent();
	}

}
