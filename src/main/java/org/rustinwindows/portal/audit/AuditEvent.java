package org.rustinwindows.portal.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of the audit log. Never changed once written.
 */
@Entity
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String target;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String target) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.target = target;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	String getAction() {
		return this.action;
	}

	String getTarget() {
		return this.target;
	}

}
