package org.rustinwindows.portal.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.rustinwindows.portal.content.DatePrecision;
import org.rustinwindows.portal.content.EventDate;

/**
 * One piece of the initiative on the board. Its status and dates are those of its records
 * ({@link StatusChange}), kept here too so that the board reads one table.
 */
@Entity
class StatusItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_group")
	private StatusGroup group;

	private String summary;

	private String bodyMarkdown;

	private String bodyHtml;

	private int position;

	@Enumerated(EnumType.STRING)
	private TrackedStatus status;

	private LocalDate statusSince;

	@Enumerated(EnumType.STRING)
	private DatePrecision sincePrecision;

	private LocalDate evidenceOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision evidencePrecision;

	/** When its latest record was made: what "new since your last visit" compares. */
	private Instant changedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
	@OrderBy("changedOn, id")
	private List<StatusChange> changes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "status_item_entry", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "entry_id")
	private Set<Long> entryIds = new LinkedHashSet<>();

	protected StatusItem() {
	}

	StatusItem(String slug, Instant createdAt) {
		this.slug = slug;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.changedAt = createdAt;
	}

	void describe(StatusItemText text, String bodyHtml, Set<Long> entryIds, Instant now) {
		this.slug = text.slug();
		this.title = text.title();
		this.group = text.group();
		this.summary = text.summary();
		this.bodyMarkdown = text.bodyMarkdown();
		this.bodyHtml = bodyHtml;
		this.position = text.position();
		this.entryIds.clear();
		this.entryIds.addAll(entryIds);
		this.updatedAt = now;
	}

	/**
	 * Adds a record, and takes the status and dates of the latest one: the latest by the
	 * day of its evidence, so that a record of an older event does not overrule a newer
	 * one.
	 */
	StatusChange record(StatusChangeRecord record, long sourceId, Instant now, String editor) {
		StatusChange change = new StatusChange(this, record.on(), record.status(), record.note(), sourceId, now,
				editor);
		this.changes.add(change);
		this.changes.sort(Comparator.comparing(StatusChange::getChangedOn).thenComparing(StatusChange::getRecordedAt));
		StatusChange latest = this.changes.get(this.changes.size() - 1);
		this.status = latest.getStatus();
		this.evidenceOn = latest.getOn().date();
		this.evidencePrecision = latest.getOn().precision();
		EventDate since = latest.getOn();
		for (int i = this.changes.size() - 1; i >= 0 && this.changes.get(i).getStatus() == this.status; i--) {
			since = this.changes.get(i).getOn();
		}
		this.statusSince = since.date();
		this.sincePrecision = since.precision();
		this.changedAt = now;
		this.updatedAt = now;
		return change;
	}

	StatusItemText text() {
		return new StatusItemText(this.slug, this.title, this.group, this.summary, this.bodyMarkdown, this.position);
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	StatusGroup getGroup() {
		return this.group;
	}

	String getSummary() {
		return this.summary;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	int getPosition() {
		return this.position;
	}

	TrackedStatus getStatus() {
		return this.status;
	}

	EventDate getStatusSince() {
		return (this.statusSince != null) ? new EventDate(this.statusSince, this.sincePrecision) : null;
	}

	EventDate getEvidenceOn() {
		return (this.evidenceOn != null) ? new EventDate(this.evidenceOn, this.evidencePrecision) : null;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	List<StatusChange> getChanges() {
		return this.changes;
	}

	Set<Long> getEntryIds() {
		return this.entryIds;
	}

}
