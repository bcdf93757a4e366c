package org.rustinwindows.portal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.rustinwindows.portal.content.markdown.RenderedMarkdown;

/**
 * An article, timeline event or FAQ item. The Markdown source is rendered when it
 * changes, never per request: the entry keeps the source, the HTML, a plain-text form and
 * the table of contents side by side.
 */
@Entity
@Indexed(index = "entry")
class Entry {

	/**
	 * Where {@link #getSearchWords()} splits words to drop repeats. The prefix analyzer
	 * splits again, so a space this misses costs only a repeat.
	 */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private EntryKind kind;

	@KeywordField(projectable = Projectable.YES)
	private String slug;

	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = EntryIndex.TITLE_CODE, analyzer = EntryIndex.CODE_ANALYZER)
	private String title;

	/** The title in lower case: the editors' lists sort by it from an index (V9). */
	private String titleSort;

	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = EntryIndex.SUMMARY_CODE, analyzer = EntryIndex.CODE_ANALYZER)
	private String summary;

	private String bodyMarkdown;

	private String bodyHtml;

	/** The body without Markdown syntax: what readers read is what they find. */
	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = EntryIndex.BODY_CODE, analyzer = EntryIndex.CODE_ANALYZER)
	private String bodyText;

	private String tocHtml;

	private int readingMinutes;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private EntryStatus status;

	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;

	private Instant updatedAt;

	private Instant createdAt;

	private LocalDate eventDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision eventPrecision;

	private Integer faqPosition;

	@Enumerated(EnumType.STRING)
	private EntryStatus trashedFrom;

	private Instant trashedAt;

	@Version
	private long version;

	/**
	 * A copy of the number of approved comments, kept by {@link CommentCountKeeper}
	 * outside optimistic locking: approving a comment is no edit of the entry.
	 */
	@Column(insertable = false, updatable = false)
	private int commentCount;

	@ManyToMany
	@JoinTable(name = "entry_tag", joinColumns = @JoinColumn(name = "entry_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("name")
	@IndexedEmbedded
	// Tags do not know their entries; TagEditor has the affected entries reindexed when a
	// tag is renamed or merged.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Tag> tags = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "entry_source", joinColumns = @JoinColumn(name = "entry_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	@IndexedEmbedded(includePaths = "title")
	// Sources do not know their entries; SourceDesk has the citing entries reindexed when
	// a source's title changes.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<Source> sources = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "entry_link", joinColumns = @JoinColumn(name = "source_id"),
			inverseJoinColumns = @JoinColumn(name = "target_id"))
	private Set<Entry> links = new LinkedHashSet<>();

	protected Entry() {
	}

	Entry(EntryKind kind, String slug, Instant createdAt) {
		this.kind = kind;
		this.slug = slug;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.status = EntryStatus.DRAFT;
	}

	void write(String title, String summary, String bodyMarkdown, RenderedMarkdown rendered) {
		this.title = title;
		this.titleSort = title.toLowerCase(Locale.ROOT);
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = rendered.html();
		this.bodyText = rendered.text();
		this.tocHtml = rendered.tocHtml();
		this.readingMinutes = rendered.readingMinutes();
	}

	void publish(Instant publishedAt, Instant updatedAt) {
		this.status = EntryStatus.PUBLISHED;
		this.publishedAt = publishedAt;
		this.updatedAt = updatedAt;
	}

	void keepAsDraft(Instant updatedAt) {
		this.status = EntryStatus.DRAFT;
		this.updatedAt = updatedAt;
	}

	/** A draft that remembers when it was first published, if it ever was. */
	void unpublish(Instant publishedAt, Instant updatedAt) {
		keepAsDraft(updatedAt);
		this.publishedAt = publishedAt;
	}

	void schedule(Instant publishAt, Instant updatedAt) {
		this.status = EntryStatus.SCHEDULED;
		this.publishedAt = publishAt;
		this.updatedAt = updatedAt;
	}

	/**
	 * Publishes a scheduled entry at its time; its publication counts as its last change.
	 */
	void publishAsScheduled() {
		this.status = EntryStatus.PUBLISHED;
		this.updatedAt = this.publishedAt;
	}

	void changeSlug(String slug) {
		this.slug = slug;
	}

	void moveToTrash(Instant now) {
		this.trashedFrom = this.status;
		this.trashedAt = now;
		this.status = EntryStatus.TRASHED;
	}

	void restoreFromTrash() {
		this.status = this.trashedFrom;
		this.trashedFrom = null;
		this.trashedAt = null;
	}

	void clearLinks() {
		this.links.clear();
	}

	void placeOnTimeline(EventDate date) {
		this.eventDate = date.date();
		this.eventPrecision = date.precision();
	}

	void placeInFaq(int position) {
		this.faqPosition = position;
	}

	void replaceTags(Set<Tag> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

	void replaceSources(List<Source> sources) {
		this.sources.clear();
		this.sources.addAll(sources);
	}

	void linkTo(Entry other) {
		if (other != this) {
			this.links.add(other);
		}
	}

	boolean isPublished() {
		return this.status == EntryStatus.PUBLISHED;
	}

	Long getId() {
		return this.id;
	}

	EntryKind getKind() {
		return this.kind;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	String getBodyText() {
		return this.bodyText;
	}

	String getTocHtml() {
		return this.tocHtml;
	}

	int getCommentCount() {
		return this.commentCount;
	}

	int getReadingMinutes() {
		return this.readingMinutes;
	}

	EntryStatus getStatus() {
		return this.status;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Everything a search looks in, in one field per analyzer: title, summary, body, tag
	 * names and source titles. Requiring the words in one field instead of in eight keeps
	 * the cost of a search with many matches low; the separate fields then only add
	 * weight (a word in the title counts more than one in the body).
	 */
	@FullTextField(name = EntryIndex.TEXT, analyzer = EntryIndex.ENGLISH_ANALYZER)
	@FullTextField(name = EntryIndex.TEXT_CODE, analyzer = EntryIndex.CODE_ANALYZER)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "bodyText")),
			@ObjectPath({ @PropertyValue(propertyName = "tags"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "sources"), @PropertyValue(propertyName = "title") }) })
	List<String> getSearchText() {
		List<String> text = new ArrayList<>();
		text.add(this.title);
		text.add(this.summary);
		text.add(this.bodyText);
		this.tags.forEach((tag) -> text.add(tag.getName()));
		this.sources.forEach((source) -> text.add(source.getTitle()));
		return text;
	}

	/**
	 * Every word of {@link #getSearchText()} once, as written: where the start of a word
	 * is looked up. A word used twenty times in an entry then has its starts indexed
	 * once, not twenty times: the prefix field is by far the largest in the index.
	 */
	@FullTextField(name = EntryIndex.TEXT_PREFIX, analyzer = EntryIndex.PREFIX_ANALYZER,
			searchAnalyzer = EntryIndex.PREFIX_QUERY_ANALYZER, norms = Norms.NO, highlightable = Highlightable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "searchText")))
	String getSearchWords() {
		Set<String> words = new LinkedHashSet<>();
		for (String text : getSearchText()) {
			if (text != null) {
				words.addAll(Arrays.asList(WHITESPACE.split(text.strip())));
			}
		}
		return String.join(" ", words);
	}

	/**
	 * The year a reader files the entry under: when a timeline event happened, otherwise
	 * when the entry was published. Search narrows results by it.
	 */
	@GenericField(name = EntryIndex.YEAR, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "eventDate")),
			@ObjectPath(@PropertyValue(propertyName = "publishedAt")) })
	Integer getYear() {
		if (this.eventDate != null) {
			return this.eventDate.getYear();
		}
		return (this.publishedAt != null) ? this.publishedAt.atZone(ZoneOffset.UTC).getYear() : null;
	}

	EventDate getEventDate() {
		return (this.eventDate != null) ? new EventDate(this.eventDate, this.eventPrecision) : null;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	EntryStatus getTrashedFrom() {
		return this.trashedFrom;
	}

	Instant getTrashedAt() {
		return this.trashedAt;
	}

	Integer getFaqPosition() {
		return this.faqPosition;
	}

	Set<Tag> getTags() {
		return this.tags;
	}

	List<Source> getSources() {
		return this.sources;
	}

	Set<Entry> getLinks() {
		return this.links;
	}

}
