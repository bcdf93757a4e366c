package org.rustinwindows.portal.audit;

import java.time.Instant;

/**
 * A line of the audit log as the page shows it.
 *
 * @param occurredAt when
 * @param actor who
 * @param action what they did
 * @param target to what
 */
record AuditEntry(Instant occurredAt, String actor, String action, String target) {

	static AuditEntry of(AuditEvent event) {
		return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getTarget());
	}

}
