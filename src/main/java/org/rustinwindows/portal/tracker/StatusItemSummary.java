package org.rustinwindows.portal.tracker;

import org.rustinwindows.portal.content.EventDate;

/**
 * An item as the editors' list shows it.
 *
 * @param id its id
 * @param slug its slug
 * @param title its title
 * @param group its group
 * @param status its current status, or {@code null} before its first record
 * @param evidenceOn the day of its latest evidence, or {@code null}
 */
public record StatusItemSummary(long id, String slug, String title, StatusGroup group, TrackedStatus status,
		EventDate evidenceOn) {

	static StatusItemSummary of(StatusItem item) {
		return new StatusItemSummary(item.getId(), item.getSlug(), item.getTitle(), item.getGroup(), item.getStatus(),
				item.getEvidenceOn());
	}

	public String url() {
		return StatusBoard.urlOf(this.slug);
	}

}
