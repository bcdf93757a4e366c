package org.rustinwindows.portal.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors read: counts, lists in every state, and an entry as the editor opens it.
 * Unlike {@link ContentCatalog}, it sees drafts, scheduled entries and the trash.
 */
@Service
@Transactional(readOnly = true)
public class EditorialDesk {

	private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

	private static final Sort SOONEST_FIRST = Sort.by(Sort.Order.asc("publishedAt"), Sort.Order.asc("id"));

	private final EntryRepository entries;

	private final TagRepository tags;

	private final RevisionLog revisions;

	private final ContentProperties properties;

	EditorialDesk(EntryRepository entries, TagRepository tags, RevisionLog revisions, ContentProperties properties) {
		this.entries = entries;
		this.tags = tags;
		this.revisions = revisions;
		this.properties = properties;
	}

	public List<KindCounts> counts() {
		return Arrays.stream(EntryKind.values())
			.map((kind) -> new KindCounts(kind, this.entries.countByKindAndStatus(kind, EntryStatus.PUBLISHED),
					this.entries.countByKindAndStatus(kind, EntryStatus.SCHEDULED),
					this.entries.countByKindAndStatus(kind, EntryStatus.DRAFT),
					this.entries.countByKindAndStatus(kind, EntryStatus.TRASHED)))
			.toList();
	}

	public List<EntrySummary> drafts(int count) {
		return this.entries.findByStatus(EntryStatus.DRAFT, PageRequest.of(0, count, LAST_CHANGED_FIRST))
			.map(EntrySummary::of)
			.getContent();
	}

	public List<EntrySummary> scheduled(int count) {
		return this.entries.findByStatus(EntryStatus.SCHEDULED, PageRequest.of(0, count, SOONEST_FIRST))
			.map(EntrySummary::of)
			.getContent();
	}

	public List<EntrySummary> recentlyChanged(int count) {
		return this.entries.findAll(PageRequest.of(0, count, LAST_CHANGED_FIRST)).map(EntrySummary::of).getContent();
	}

	/**
	 * One page of an admin list.
	 * @throws NotFoundException for a page beyond the last
	 */
	public PageView<EntrySummary> list(EntryKind kind, EntryFilter filter, int page) {
		var pageable = PageNumbers.pageable(page, this.properties.entriesPerAdminPage())
			.withSort(EntrySpecifications.order(filter));
		return PageNumbers.requireExisting(PageView
			.of(this.entries.findAll(EntrySpecifications.matching(kind, filter), pageable), EntrySummary::of));
	}

	public PageView<EntrySummary> trash(int page) {
		var pageable = PageNumbers.pageable(page, this.properties.entriesPerAdminPage())
			.withSort(Sort.by(Sort.Order.desc("trashedAt"), Sort.Order.desc("id")));
		return PageNumbers
			.requireExisting(PageView.of(this.entries.findByStatus(EntryStatus.TRASHED, pageable), EntrySummary::of));
	}

	/**
	 * The entry as the editor opens it.
	 * @throws NotFoundException when there is no entry of this kind with this id
	 */
	public EntryEditView edit(EntryKind kind, long id) {
		Entry entry = this.entries.findById(id)
			.filter((found) -> found.getKind() == kind)
			.orElseThrow(() -> NotFoundException.forId(kind.label(), id));
		return EntryEditView.of(entry, this.revisions);
	}

	/**
	 * The id of the entry of this kind with this slug, for a link from its page to its
	 * editor.
	 */
	public Optional<Long> idOf(EntryKind kind, String slug) {
		return this.entries.findByKindAndSlug(kind, slug).map(Entry::getId);
	}

	/**
	 * Where entries are, by id, in any state but the trash: for other modules that keep
	 * links to entries and write them into content files.
	 */
	public Map<Long, EntryRef> refsOf(Collection<Long> ids) {
		Map<Long, EntryRef> refs = new LinkedHashMap<>();
		this.entries.findAllById(ids)
			.stream()
			.filter((entry) -> entry.getStatus() != EntryStatus.TRASHED)
			.forEach((entry) -> refs.put(entry.getId(), new EntryRef(entry.getKind(), entry.getSlug())));
		return refs;
	}

	/** Every tag, for suggestions while typing and for filters. */
	public List<TagRef> tags() {
		return this.tags.findAll(Sort.by("name")).stream().map(TagRef::of).toList();
	}

}
