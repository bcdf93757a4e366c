package org.rustinwindows.portal.content;

import java.util.List;

import org.rustinwindows.portal.shared.MovedPermanentlyException;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.stereotype.Service;

/**
 * The public pages' content, read from the {@link ContentCatalog}. The paged lists need
 * how many entries there are in all; counting them on every view cost more than reading
 * the page (see {@code bench/README.md}, Pages), so the counts are kept here until
 * content changes.
 */
@Service
public class ReaderPages {

	private static final int HOME_ARTICLES = 5;

	private static final int HOME_EVENTS = 6;

	private static final int HOME_QUESTIONS = 5;

	private static final int HOME_TAGS = 24;

	/** Topics come from the address, so only so many of their counts are kept. */
	private static final long MOST_LISTINGS = 1_000;

	private final ContentCatalog catalog;

	private final PublishedTags tags;

	private final ContentCache<Listing, Long> counts;

	ReaderPages(ContentCatalog catalog, PublishedTags tags, ContentVersion version) {
		this.catalog = catalog;
		this.tags = tags;
		this.counts = new ContentCache<>(version, MOST_LISTINGS,
				(listing) -> catalog.countPublished(listing.kind(), listing.tagSlug()));
	}

	public HomePage home() {
		return new HomePage(this.catalog.latestArticles(HOME_ARTICLES), this.catalog.recentEvents(HOME_EVENTS),
				this.catalog.firstQuestions(HOME_QUESTIONS), this.tags.mostUsed(HOME_TAGS));
	}

	/**
	 * A page of the published articles, newest first.
	 * @throws NotFoundException for a page past the last
	 */
	public PageView<EntryCard> articles(int page) {
		return this.catalog.articles(page, count(EntryKind.ARTICLE, null));
	}

	/**
	 * @throws NotFoundException unless the article is published
	 */
	public ArticleView article(String slug) {
		return this.catalog.article(slug);
	}

	/**
	 * One page of the published timeline, grouped by year.
	 * @param tagSlug only events with this tag, or {@code null} for all
	 * @throws NotFoundException for an unknown tag or a page past the last
	 */
	public TimelinePage timeline(String tagSlug, TimelineOrder order, int page) {
		return this.catalog.timeline(tagSlug, order, page, count(EntryKind.TIMELINE, tagSlug));
	}

	/**
	 * @throws NotFoundException unless the event is published
	 */
	public EntryDetail timelineEvent(String slug) {
		return this.catalog.timelineEvent(slug);
	}

	/**
	 * One page of the FAQ in order.
	 * @throws NotFoundException for a page past the last
	 */
	public PageView<FaqAnswer> faq(int page) {
		return this.catalog.faq(page, count(EntryKind.FAQ, null));
	}

	/**
	 * @throws NotFoundException unless the question is published
	 */
	public EntryDetail faqItem(String slug) {
		return this.catalog.faqItem(slug);
	}

	/** Every tag carried by a published entry, by name, with its count. */
	public List<TagCount> tags() {
		return this.tags.all();
	}

	/**
	 * A tag's page: the published entries of every kind that carry it, newest first.
	 * @throws MovedPermanentlyException when the tag has been renamed or merged
	 * @throws NotFoundException for an unknown tag, one only drafts carry, or a page past
	 * the last
	 */
	public TagPage tag(String slug, int page) {
		return this.catalog.tag(slug, page, this.tags.count(slug));
	}

	private long count(EntryKind kind, String tagSlug) {
		return this.counts.get(new Listing(kind, tagSlug));
	}

	private record Listing(EntryKind kind, String tagSlug) {

	}

}
