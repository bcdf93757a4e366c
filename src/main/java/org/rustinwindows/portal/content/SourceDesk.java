package org.rustinwindows.portal.content;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageNumbers;
import org.rustinwindows.portal.shared.PageView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on source records: describing them (publication, author, date, primary or
 * report), importing them from content files, and deleting those nothing cites. Citations
 * themselves are made in the entry editor.
 */
@Service
@Transactional
public class SourceDesk {

	public static final int SOURCES_PER_PAGE = 50;

	private final SourceRepository sources;

	private final CitedSources citedSources;

	private final List<SourceCiters> citers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	SourceDesk(SourceRepository sources, CitedSources citedSources, List<SourceCiters> citers,
			ApplicationEventPublisher events, Clock clock) {
		this.sources = sources;
		this.citedSources = citedSources;
		this.citers = citers;
		this.events = events;
		this.clock = clock;
	}

	/** A page of every source, those whose title contains the words first narrowed to. */
	@Transactional(readOnly = true)
	public PageView<SourceListing> page(String title, int page) {
		String pattern = (title != null && !title.isBlank()) ? LikePatterns.containing(title) : null;
		return PageNumbers.requireExisting(PageView.of(
				this.sources.findForEditors(pattern, EntryStatus.TRASHED, PageNumbers.pageable(page, SOURCES_PER_PAGE)),
				(listing) -> listing));
	}

	@Transactional(readOnly = true)
	public SourceView get(long id) {
		return SourceView.of(find(id));
	}

	/**
	 * The record a citation names, made if there is none: what the entry editor does with
	 * each source row, for other modules that cite sources. Such a source is public from
	 * then on.
	 * @return the record's id
	 * @throws EntryRuleException when the title or address breaks a rule
	 */
	public long cite(SourceRef citation) {
		String title = (citation.title() != null) ? citation.title().strip() : "";
		String url = (citation.url() != null && !citation.url().isBlank()) ? citation.url().strip() : null;
		require(!title.isEmpty() && title.length() <= Limits.SOURCE_TITLE && !ControlCharacters.inOneLine(title),
				"source", "Name the source: a title of at most " + Limits.SOURCE_TITLE + " characters.");
		require(url == null || WebAddresses.isValid(url) && !ControlCharacters.inOneLine(url), "source",
				"Give the source an http or https address, or none.");
		Source source = this.citedSources.recordFor(new SourceRef(title, url));
		source.markCitedElsewhere();
		return source.getId();
	}

	/**
	 * The id of the source with this slug, if there is one, for another module that cites
	 * it by slug (a status item's content file): such a source is public from then on.
	 */
	public Optional<Long> citeBySlug(String slug) {
		return this.sources.findBySlug(slug).map((source) -> {
			source.markCitedElsewhere();
			return source.getId();
		});
	}

	/** The id of the source with this slug, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String slug) {
		return this.sources.findBySlug(slug).map(Source::getId);
	}

	/** Known sources as citations, by title, for the entry editor's list to pick from. */
	@Transactional(readOnly = true)
	public List<SourceRef> citable(int most) {
		return this.sources.findCitations(PageNumbers.pageable(1, most));
	}

	/**
	 * Saves an editor's description of a source, unless someone changed it since they
	 * opened it.
	 * @throws EntryRuleException when the description breaks a rule
	 * @throws OptimisticLockingFailureException when it changed meanwhile
	 */
	public SourceView describe(long id, long expectedVersion, SourceDetails details, String editor) {
		Source source = find(id);
		if (source.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Source " + id + " changed meanwhile");
		}
		SourceDetails clean = validate(details, id);
		if (clean.equals(source.details())) {
			return SourceView.of(source);
		}
		boolean retitled = !clean.title().equals(source.getTitle());
		source.describe(clean, this.clock.instant());
		this.sources.saveAndFlush(source);
		if (retitled) {
			reindexCiting(id);
		}
		this.events.publishEvent(new SourceChanged(clean.slug(), clean.title(), SourceChanged.Change.EDITED, editor));
		return SourceView.of(source);
	}

	/**
	 * Creates or updates a source as a content file describes it: found by its slug, else
	 * by its title and address, else new. Seeding leaves a source the database has alone,
	 * so that editors' changes survive a restart.
	 * @param replace whether an existing source takes the file's description
	 * @return whether anything was written
	 * @throws EntryRuleException when the description breaks a rule
	 */
	public boolean importSource(SourceDetails details, String editor, boolean replace) {
		Source source = this.sources.findBySlug(details.slug())
			.or(() -> (details.url() != null)
					? this.sources.findFirstByTitleAndUrlOrderById(details.title(), details.url())
					: this.sources.findFirstByTitleAndUrlIsNullOrderById(details.title()))
			.orElse(null);
		if (source != null && !replace) {
			return false;
		}
		SourceDetails clean = validate(details, (source != null) ? source.getId() : null);
		if (source != null && clean.equals(source.details())) {
			return false;
		}
		boolean retitled = source != null && !clean.title().equals(source.getTitle());
		if (source == null) {
			source = new Source(clean.slug(), clean.title(), clean.url(), this.clock.instant());
		}
		source.describe(clean, this.clock.instant());
		source = this.sources.save(source);
		if (retitled) {
			reindexCiting(source.getId());
		}
		this.events.publishEvent(new SourceChanged(clean.slug(), clean.title(), SourceChanged.Change.IMPORTED, editor));
		return true;
	}

	/**
	 * Deletes a source nothing cites any more.
	 * @throws EntryRuleException while something still cites it
	 */
	public void delete(long id, String editor) {
		Source source = find(id);
		boolean cited = !this.sources.findCitingIds(List.of(id)).isEmpty()
				|| this.citers.stream().anyMatch((citer) -> citer.cites(id));
		if (cited) {
			throw new EntryRuleException("source", "Something still cites this source; remove those citations first.");
		}
		this.sources.delete(source);
		this.events
			.publishEvent(new SourceChanged(source.getSlug(), source.getTitle(), SourceChanged.Change.DELETED, editor));
	}

	/** Every source as a content file describes it, by slug, for exports. */
	@Transactional(readOnly = true)
	public List<SourceDetails> all() {
		return this.sources.findAll()
			.stream()
			.map(Source::details)
			.sorted(Comparator.comparing(SourceDetails::slug))
			.toList();
	}

	private SourceDetails validate(SourceDetails details, Long self) {
		String title = strip(details.title());
		String url = strip(details.url());
		require(title != null && title.length() <= Limits.SOURCE_TITLE, "title",
				"Give a title of at most " + Limits.SOURCE_TITLE + " characters.");
		require(url == null || WebAddresses.isValid(url), "url", "Give an http or https address, or none.");
		require(Slugs.isValid(details.slug()), "slug",
				"Use lower-case letters and digits joined by single hyphens, at most " + Slugs.MAX_LENGTH
						+ " characters.");
		String publication = strip(details.publication());
		String author = strip(details.author());
		String note = strip(details.note());
		require(publication == null || publication.length() <= Limits.SOURCE_PUBLICATION, "publication",
				"Use at most " + Limits.SOURCE_PUBLICATION + " characters.");
		require(author == null || author.length() <= Limits.SOURCE_AUTHOR, "author",
				"Use at most " + Limits.SOURCE_AUTHOR + " characters.");
		require(note == null || note.length() <= Limits.SOURCE_NOTE, "note",
				"Use at most " + Limits.SOURCE_NOTE + " characters.");
		require(details.kind() != null, "kind", "Choose primary source or report.");
		for (String[] field : new String[][] { { "title", title }, { "url", url }, { "publication", publication },
				{ "author", author }, { "note", note } }) {
			require(!ControlCharacters.inOneLine(field[1]), field[0],
					"Remove the control characters (such as NUL or vertical tab) that were pasted in; they are not text.");
		}
		this.sources.findBySlug(details.slug()).filter((other) -> !other.getId().equals(self)).ifPresent((other) -> {
			throw new EntryRuleException("slug", "Another source has this slug.");
		});
		((url != null) ? this.sources.findFirstByTitleAndUrlOrderById(title, url)
				: this.sources.findFirstByTitleAndUrlIsNullOrderById(title))
			.filter((other) -> !other.getId().equals(self))
			.ifPresent((other) -> {
				throw new EntryRuleException("title",
						"Another source has this title and address (" + other.getSlug() + ").");
			});
		return new SourceDetails(details.slug(), title, url, publication, author, details.published(), details.kind(),
				note);
	}

	private void reindexCiting(long sourceId) {
		SearchIndexingPlan index = Search.session(this.entityManager).indexingPlan();
		this.sources.findCitingIds(List.of(sourceId))
			.forEach((entryId) -> index.addOrUpdate(this.entityManager.getReference(Entry.class, entryId)));
	}

	private Source find(long id) {
		return this.sources.findById(id).orElseThrow(() -> NotFoundException.forId("source", id));
	}

	private static String strip(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	private static void require(boolean condition, String field, String message) {
		if (!condition) {
			throw new EntryRuleException(field, message);
		}
	}

}
