package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rustinwindows.portal.shared.MovedPermanentlyException;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published content for the public pages ({@link ReaderPages}) and for the other
 * capabilities (feeds, search). Drafts never leave this class.
 */
@Service
@Transactional(readOnly = true)
public class ContentCatalog {

	private static final int RELATED_ENTRIES = 4;

	/** How far back, in each of an entry's tags, related entries are looked for. */
	private static final int RELATED_CANDIDATES_PER_TAG = 50;

	private static final EntryStatus PUBLISHED = EntryStatus.PUBLISHED;

	private final EntryRepository entries;

	private final TagRepository tags;

	private final EntryAliasRepository entryAliases;

	private final RareTagReader rareTags;

	private final ContentProperties properties;

	/** Other modules' pages that link to entries, shown on the entries' pages. */
	private final List<EntryBacklinks> backlinks;

	private final ChangeNotes changeNotes;

	ContentCatalog(EntryRepository entries, TagRepository tags, EntryAliasRepository entryAliases,
			RareTagReader rareTags, ContentProperties properties, List<EntryBacklinks> backlinks,
			ChangeNotes changeNotes) {
		this.backlinks = backlinks;
		this.changeNotes = changeNotes;
		this.entries = entries;
		this.tags = tags;
		this.entryAliases = entryAliases;
		this.rareTags = rareTags;
		this.properties = properties;
	}

	List<EntryCard> latestArticles(int count) {
		return cards(this.entries.findFirstByKindAndStatus(EntryKind.ARTICLE, PUBLISHED,
				PageRequest.of(0, count, EntryRepository.NEWEST_OF_KIND)));
	}

	List<EntryCard> recentEvents(int count) {
		return eventCards(this.entries.findFirstByKindAndStatus(EntryKind.TIMELINE, PUBLISHED,
				PageRequest.of(0, count, EntryRepository.EVENTS_NEWEST_FIRST)));
	}

	/**
	 * Events as lists show them, each marked when it rests on reports alone: one query
	 * for the whole list.
	 */
	private List<EntryCard> eventCards(List<Entry> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Set<Long> reported = new HashSet<>(
				this.entries.findRestingOnReports(events.stream().map(Entry::getId).toList(), SourceKind.PRIMARY));
		return events.stream().map((event) -> EntryCard.of(event, reported.contains(event.getId()))).toList();
	}

	List<EntryCard> firstQuestions(int count) {
		return cards(this.entries.findFirstByKindAndStatus(EntryKind.FAQ, PUBLISHED,
				PageRequest.of(0, count, EntryRepository.FAQ_ORDER)));
	}

	/**
	 * A page of the published articles. The caller says how many there are
	 * ({@link ReaderPages} keeps the counts), as for the other paged lists below:
	 * counting them again on every view cost more than reading the page.
	 */
	PageView<EntryCard> articles(int page, long published) {
		Pageable pageable = PageNumbers.pageable(page, this.properties.articlesPerPage())
			.withSort(EntryRepository.NEWEST_OF_KIND);
		return PageNumbers.requireExisting(PageView
			.of(new PageImpl<>(pageOfKind(EntryKind.ARTICLE, pageable), pageable, published), EntryCard::of));
	}

	/**
	 * One page of the published entries of a kind, in the pageable's order. The page's
	 * ids are read first, from the index in that order alone, then their rows: a deep
	 * page then skips index entries, not rows, which on PostgreSQL made a deep page about
	 * ten times cheaper (see {@code bench/README.md}, Pages).
	 */
	private List<Entry> pageOfKind(EntryKind kind, Pageable pageable) {
		List<Long> ids = this.entries.findIdsByKindAndStatus(kind, PUBLISHED, pageable);
		// Their tags come in one batch as the cards ask for them: fetched with a
		// join, each row would come once per tag, body and all.
		return inOrderOf(ids, ids.isEmpty() ? List.of() : this.entries.findByIdInAndStatus(ids, PUBLISHED));
	}

	/** The entries read for these ids, in the ids' order. */
	static List<Entry> inOrderOf(List<Long> ids, List<Entry> read) {
		Map<Long, Entry> byId = read.stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
		// An entry unpublished since the ids were read is left out rather than shown.
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * How many entries of a kind are published, with a tag if one is given: what
	 * {@link ReaderPages} keeps.
	 */
	long countPublished(EntryKind kind, String tagSlug) {
		return (tagSlug != null) ? this.entries.countByKindAndStatusAndTag(kind, PUBLISHED, tagSlug)
				: this.entries.countByKindAndStatus(kind, PUBLISHED);
	}

	ArticleView article(String slug) {
		Entry article = published(EntryKind.ARTICLE, slug);
		return new ArticleView(detail(article), related(article),
				neighbour(this.entries.findOlder(EntryKind.ARTICLE, PUBLISHED, article.getPublishedAt(),
						article.getId(), PageRequest.of(0, 1))),
				neighbour(this.entries.findNewer(EntryKind.ARTICLE, PUBLISHED, article.getPublishedAt(),
						article.getId(), PageRequest.of(0, 1))));
	}

	/**
	 * One page of the published timeline, grouped by year.
	 * @param tagSlug only events with this tag, or {@code null} for all
	 * @param published how many events there are, with that tag if one is given
	 * @throws NotFoundException for an unknown tag or a page past the last
	 */
	TimelinePage timeline(String tagSlug, TimelineOrder order, int page, long published) {
		Sort sort = (order == TimelineOrder.OLDEST) ? EntryRepository.EVENTS_OLDEST_FIRST
				: EntryRepository.EVENTS_NEWEST_FIRST;
		Pageable pageable = PageNumbers.pageable(page, this.properties.eventsPerTimelinePage()).withSort(sort);
		List<Entry> events;
		if (tagSlug == null) {
			events = pageOfKind(EntryKind.TIMELINE, pageable);
		}
		else {
			requireTag(tagSlug);
			events = this.entries.findFirstByKindAndStatusAndTag(EntryKind.TIMELINE, PUBLISHED, tagSlug, pageable);
		}
		return TimelinePage.of(PageNumbers
			.requireExisting(PageView.of(new PageImpl<>(eventCards(events), pageable, published), (card) -> card)));
	}

	EntryDetail timelineEvent(String slug) {
		return detail(published(EntryKind.TIMELINE, slug));
	}

	/**
	 * One page of the FAQ in order; without explicit links, which the FAQ page does not
	 * show.
	 * @throws NotFoundException for a page past the last
	 */
	PageView<FaqAnswer> faq(int page, long published) {
		Pageable pageable = PageNumbers.pageable(page, this.properties.questionsPerFaqPage())
			.withSort(EntryRepository.FAQ_ORDER);
		return PageNumbers
			.requireExisting(PageView.of(new PageImpl<>(pageOfKind(EntryKind.FAQ, pageable), pageable, published),
					(entry) -> new FaqAnswer(EntryCard.of(entry), entry.getBodyHtml(), sources(entry))));
	}

	EntryDetail faqItem(String slug) {
		return detail(published(EntryKind.FAQ, slug));
	}

	/** Every tag carried by a published entry, by name. */
	public List<TagCount> tags() {
		return this.tags.countByStatus(PUBLISHED);
	}

	/**
	 * A tag's page. The caller says how many published entries carry the tag
	 * ({@link ReaderPages} keeps the counts), so that a common tag's page is read without
	 * counting them again on every view.
	 * @throws MovedPermanentlyException when the tag has been renamed or merged
	 */
	TagPage tag(String slug, int page, long published) {
		Tag tag = tagOrMoved(slug);
		Pageable pageable = PageNumbers.pageable(page, this.properties.entriesPerTagPage())
			.withSort(EntryRepository.NEWEST_FIRST);
		Page<Entry> entries = this.rareTags.newest(tag.getId())
			.map((all) -> pageOf(all, pageable))
			.orElseGet(() -> new PageImpl<>(this.entries.findFirstByTagAndStatus(slug, PUBLISHED, pageable), pageable,
					published));
		// A tag that no published entry carries is not public yet: its name may belong to
		// a
		// draft.
		if (entries.getTotalElements() == 0) {
			throw NotFoundException.forSlug("tag", slug);
		}
		return new TagPage(TagRef.of(tag), PageNumbers.requireExisting(PageView.of(entries, EntryCard::of)));
	}

	/** One page of entries known by id and date, newest first, loaded with their tags. */
	private Page<Entry> pageOf(List<TaggedEntry> newestFirst, Pageable pageable) {
		List<Long> ids = newestFirst.stream()
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize())
			.map(TaggedEntry::id)
			.toList();
		return new PageImpl<>(inOrderOf(ids, ids.isEmpty() ? List.of() : this.entries.findWithTags(ids, PUBLISHED)),
				pageable, newestFirst.size());
	}

	/**
	 * The newest published entries, of one kind or with one tag if given, newest first.
	 * @param kind only entries of this kind, or {@code null}
	 * @param tagSlug only entries with this tag, or {@code null}
	 */
	public List<PublishedEntry> newest(EntryKind kind, String tagSlug, int count) {
		Pageable first = PageRequest.of(0, count, EntryRepository.NEWEST_FIRST);
		List<Entry> found;
		if (tagSlug != null) {
			found = this.entries.findFirstByTagAndStatus(tagSlug, PUBLISHED, first);
		}
		else if (kind != null) {
			found = this.entries.findFirstByKindAndStatus(kind, PUBLISHED,
					PageRequest.of(0, count, EntryRepository.NEWEST_OF_KIND));
		}
		else {
			found = this.entries.findFirstByStatus(PUBLISHED, first);
		}
		return found.stream().map(PublishedEntry::of).toList();
	}

	/**
	 * The entries published after that time, newest first: what a digest for subscribers
	 * tells of.
	 */
	public List<EntryCard> publishedSince(Instant after, int count) {
		return this.entries
			.findByStatusAndPublishedAtAfter(PUBLISHED, after, PageRequest.of(0, count, EntryRepository.NEWEST_FIRST))
			.stream()
			.map(EntryCard::of)
			.toList();
	}

	/** How many entries are published: what a sitemap must list. */
	public long publishedCount() {
		return this.entries.countByStatus(PUBLISHED);
	}

	/**
	 * One slice of the published entries' pages with their last change, in a stable order
	 * (by id), read without the entries' text.
	 */
	public List<PageStamp> publishedPages(int slice, int size) {
		return this.entries.findStamps(PUBLISHED, PageRequest.of(slice, size))
			.stream()
			.map(EntryStamp::toPageStamp)
			.toList();
	}

	/** Every tag page with published entries, and when the newest of them changed. */
	public List<PageStamp> tagPages() {
		return this.tags.stamps(PUBLISHED);
	}

	/** When published content last changed, or {@code null} if nothing is published. */
	public Instant lastPublishedChange() {
		return this.entries.findLastUpdate(PUBLISHED);
	}

	/**
	 * A tag by its slug, for a page or feed of its own.
	 * @throws MovedPermanentlyException when the tag has been renamed or merged
	 * @throws NotFoundException when there is no such tag
	 */
	public TagRef tagBySlug(String slug) {
		return TagRef.of(tagOrMoved(slug));
	}

	/**
	 * @throws MovedPermanentlyException when the tag has been renamed or merged
	 * @throws NotFoundException when there is no such tag
	 */
	private Tag tagOrMoved(String slug) {
		return this.tags.findBySlug(slug).orElseThrow(() -> {
			this.tags.findByAlias(slug).ifPresent((moved) -> {
				throw new MovedPermanentlyException("/tags/" + moved.getSlug());
			});
			return new NotFoundException("No tag '" + slug + "'");
		});
	}

	/**
	 * The cards of those of the entries that are published, by id: search finds ids in
	 * the index, and the page shows what the database holds now.
	 */
	public Map<Long, EntryCard> publishedCards(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.entries.findWithTags(ids, PUBLISHED)
			.stream()
			.collect(Collectors.toMap(Entry::getId, EntryCard::of));
	}

	/**
	 * A published entry's card by its current slug; an old slug finds nothing.
	 */
	public Optional<EntryCard> publishedCard(EntryKind kind, String slug) {
		return this.entries.findByKindAndSlugAndStatus(kind, slug, PUBLISHED).map(EntryCard::of);
	}

	/**
	 * Every tag's display name by its slug, used or not: there are few tags, so the whole
	 * map is cheap to keep.
	 */
	public Map<String, String> tagNames() {
		return this.tags.findAll().stream().collect(Collectors.toUnmodifiableMap(Tag::getSlug, Tag::getName));
	}

	private Tag requireTag(String slug) {
		return this.tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("No tag '" + slug + "'"));
	}

	/**
	 * @throws MovedPermanentlyException when the slug is one the entry had before
	 */
	private Entry published(EntryKind kind, String slug) {
		return this.entries.findByKindAndSlugAndStatus(kind, slug, PUBLISHED).orElseThrow(() -> {
			this.entryAliases.findById(new EntryAlias.Key(kind, slug))
				.flatMap((alias) -> this.entries.findById(alias.getEntryId()))
				.filter(Entry::isPublished)
				.ifPresent((moved) -> {
					throw new MovedPermanentlyException(kind.urlOf(moved.getSlug()));
				});
			return NotFoundException.forSlug(kind.label(), slug);
		});
	}

	private EntryDetail detail(Entry entry) {
		Set<Entry> linked = new LinkedHashSet<>();
		entry.getLinks().stream().filter(Entry::isPublished).forEach(linked::add);
		linked.addAll(this.entries.findLinkingTo(entry.getId(), PUBLISHED));
		return new EntryDetail(entry.getId(), EntryCard.of(entry), entry.getBodyHtml(), entry.getTocHtml(),
				entry.getReadingMinutes(), entry.getUpdatedAt(), sources(entry),
				linked.stream()
					.sorted(Comparator.comparing(Entry::getKind).thenComparing(Entry::getTitle))
					.map(EntryCard::of)
					.toList(),
				this.backlinks.stream().flatMap((links) -> links.to(entry.getId()).stream()).toList(),
				this.changeNotes.ofEntry(entry.getId()));
	}

	private static List<SourceCitation> sources(Entry entry) {
		return entry.getSources().stream().map(SourceCitation::of).toList();
	}

	/**
	 * The entries sharing most tags with this one, newest first among equals. They are
	 * looked for among the newest entries of each tag only, so that an entry page reads a
	 * few index-ordered rows per tag instead of grouping every entry that shares one.
	 */
	private List<EntryCard> related(Entry entry) {
		Map<Long, Integer> sharedTags = new HashMap<>();
		Map<Long, Instant> published = new HashMap<>();
		for (Tag tag : entry.getTags()) {
			List<TaggedEntry> newest = this.rareTags.newest(tag.getId())
				.map((all) -> all.stream()
					.filter((candidate) -> !candidate.id().equals(entry.getId()))
					.limit(RELATED_CANDIDATES_PER_TAG)
					.toList())
				.orElseGet(() -> this.entries.findWithTag(tag.getId(), entry.getId(), PUBLISHED,
						PageRequest.of(0, RELATED_CANDIDATES_PER_TAG, EntryRepository.NEWEST_FIRST)));
			for (TaggedEntry candidate : newest) {
				sharedTags.merge(candidate.id(), 1, Integer::sum);
				published.put(candidate.id(), candidate.publishedAt());
			}
		}
		List<Long> ids = sharedTags.keySet()
			.stream()
			.sorted(Comparator.comparing((Long id) -> sharedTags.get(id))
				.thenComparing(published::get)
				.thenComparing(Comparator.naturalOrder())
				.reversed())
			.limit(RELATED_ENTRIES)
			.toList();
		Map<Long, Entry> byId = this.entries.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Entry::getId, Function.identity()));
		return ids.stream().map(byId::get).map(EntryCard::of).toList();
	}

	private static EntryCard neighbour(List<Entry> candidates) {
		return candidates.isEmpty() ? null : EntryCard.of(candidates.get(0));
	}

	private static List<EntryCard> cards(List<Entry> entries) {
		return entries.stream().map(EntryCard::of).toList();
	}

}
