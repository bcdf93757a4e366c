package org.rustinwindows.portal.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages of sources: the {@code /sources} index and a page per source with
 * everything published that cites it. A source only drafts cite stays out of sight.
 */
@Service
@Transactional(readOnly = true)
public class SourcePages {

	public static final int SOURCES_PER_PAGE = 50;

	private static final String PATH = "/sources/";

	/** How many sources holding the longest word a search looks at. */
	private static final int CANDIDATES = 50;

	private final SourceRepository sources;

	private final List<SourceCiters> citers;

	SourcePages(SourceRepository sources, List<SourceCiters> citers) {
		this.sources = sources;
		this.citers = citers;
	}

	public static String urlOf(String slug) {
		return PATH + slug;
	}

	/**
	 * A page of the sources something published cites, by title, all or only one kind.
	 * @throws NotFoundException for a page past the last
	 */
	public PageView<SourceListing> index(int page, SourceKind kind) {
		return PageNumbers.requireExisting(PageView.of(
				this.sources.findCited(EntryStatus.PUBLISHED, kind, PageNumbers.pageable(page, SOURCES_PER_PAGE)),
				(listing) -> listing));
	}

	/**
	 * Public sources whose title holds every word, for the search page: looked up by the
	 * longest word, the others checked on the few found.
	 */
	public List<SourceView> titled(List<String> words, int most) {
		List<String> lower = words.stream().map((word) -> word.toLowerCase(Locale.ROOT)).toList();
		String longest = lower.stream().max(Comparator.comparingInt(String::length)).orElse("");
		if (longest.length() < 3) {
			return List.of();
		}
		return this.sources
			.findCited(EntryStatus.PUBLISHED, null, LikePatterns.containing(longest), PageRequest.of(0, CANDIDATES))
			.stream()
			.map(SourceListing::source)
			.filter((source) -> lower.stream().allMatch(source.title().toLowerCase(Locale.ROOT)::contains))
			.limit(most)
			.toList();
	}

	/** The sources with these ids as citations show them, by id. */
	public Map<Long, SourceCitation> citations(Collection<Long> ids) {
		Map<Long, SourceCitation> citations = new HashMap<>();
		this.sources.findAllById(ids).forEach((source) -> citations.put(source.getId(), SourceCitation.of(source)));
		return citations;
	}

	/**
	 * @throws NotFoundException when no source has this slug, or nothing published cites
	 * it
	 */
	public SourcePage source(String slug) {
		Source source = this.sources.findBySlug(slug).orElseThrow(() -> NotFoundException.forSlug("source", slug));
		List<EntryCard> entries = this.sources.findCiting(source.getId(), EntryStatus.PUBLISHED)
			.stream()
			.map(EntryCard::of)
			.toList();
		List<SourceCiter> others = this.citers.stream()
			.flatMap((citer) -> citer.citing(source.getId()).stream())
			.toList();
		if (entries.isEmpty() && others.isEmpty()) {
			throw NotFoundException.forSlug("source", slug);
		}
		return new SourcePage(SourceView.of(source), entries, others);
	}

}
