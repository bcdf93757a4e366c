package org.rustinwindows.portal.tracker;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.rustinwindows.portal.content.DatePrecision;
import org.rustinwindows.portal.content.EventDate;

/**
 * One dated record of how an item stood, on the word of one source. Never changed once
 * made: a mistake is put right by a later record that says so.
 */
@Entity
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "item_id")
	private StatusItem item;

	private LocalDate changedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision precision;

	@Enumerated(EnumType.STRING)
	private TrackedStatus status;

	private String note;

	private long sourceId;

	private Instant recordedAt;

	private String recordedBy;

	protected StatusChange() {
	}

	StatusChange(StatusItem item, EventDate on, TrackedStatus status, String note, long sourceId, Instant recordedAt,
			String recordedBy) {
		this.item = item;
		this.changedOn = on.date();
		this.precision = on.precision();
		this.status = status;
		this.note = note;
		this.sourceId = sourceId;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	Long getId() {
		return this.id;
	}

	StatusItem getItem() {
		return this.item;
	}

	LocalDate getChangedOn() {
		return this.changedOn;
	}

	/** The day, month or year of the evidence, as precisely as it is known. */
	EventDate getOn() {
		return new EventDate(this.changedOn, this.precision);
	}

	TrackedStatus getStatus() {
		return this.status;
	}

	String getNote() {
		return this.note;
	}

	long getSourceId() {
		return this.sourceId;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
