package org.rustinwindows.portal.content;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * Where a claim comes from: one record per source, shared by every entry and status
 * change that cites it. A citation names it by title and address; the rest (publication,
 * author, date, whether it is a primary source) is kept here once.
 */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER)
	private String title;

	private String url;

	private String publication;

	private String author;

	private LocalDate publishedDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String note;

	/** Whether a status record cites it: then it is public whatever entries cite it. */
	private boolean citedElsewhere;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Source() {
	}

	Source(String slug, String title, String url, Instant createdAt) {
		this.slug = slug;
		this.title = title;
		this.url = url;
		this.kind = SourceKind.suggestedBy(url);
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void describe(SourceDetails details, Instant now) {
		this.slug = details.slug();
		this.title = details.title();
		this.url = details.url();
		this.publication = details.publication();
		this.author = details.author();
		this.publishedDate = (details.published() != null) ? details.published().date() : null;
		this.publishedPrecision = (details.published() != null) ? details.published().precision() : null;
		this.kind = details.kind();
		this.note = details.note();
		this.updatedAt = now;
	}

	void markCitedElsewhere() {
		this.citedElsewhere = true;
	}

	SourceDetails details() {
		return new SourceDetails(this.slug, this.title, this.url, this.publication, this.author, published(), this.kind,
				this.note);
	}

	EventDate published() {
		return (this.publishedDate != null) ? new EventDate(this.publishedDate, this.publishedPrecision) : null;
	}

	public Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

	SourceKind getKind() {
		return this.kind;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	boolean isCitedElsewhere() {
		return this.citedElsewhere;
	}

	long getVersion() {
		return this.version;
	}

}
