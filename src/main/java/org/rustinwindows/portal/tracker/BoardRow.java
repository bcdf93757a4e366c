package org.rustinwindows.portal.tracker;

import java.time.Instant;

import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceCitation;

/**
 * One item as the board shows it: a row a reader takes in at a glance.
 *
 * @param slug its slug
 * @param title its title
 * @param group its group
 * @param summary one line on what it is
 * @param status its current status
 * @param since the day it has had that status since
 * @param evidenceOn the day of its latest evidence
 * @param changedAt when its latest record was made
 * @param source the source of its latest record
 */
public record BoardRow(String slug, String title, StatusGroup group, String summary, TrackedStatus status,
		EventDate since, EventDate evidenceOn, Instant changedAt, SourceCitation source) {

	public String url() {
		return StatusBoard.urlOf(this.slug);
	}

	/** Whether its current status rests on a report alone. */
	public boolean reported() {
		return this.source != null && this.source.isReport();
	}

}
