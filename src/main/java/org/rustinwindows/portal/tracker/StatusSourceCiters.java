package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.SourceCiter;
import org.rustinwindows.portal.content.SourceCiters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status records that rest on a source, for the source's page; and whether any does,
 * so that a cited source is never deleted.
 */
@Component
@Transactional(readOnly = true)
class StatusSourceCiters implements SourceCiters {

	private final StatusChangeRepository changes;

	StatusSourceCiters(StatusChangeRepository changes) {
		this.changes = changes;
	}

	@Override
	public List<SourceCiter> citing(long sourceId) {
		return this.changes.findBySource(sourceId)
			.stream()
			.map((change) -> new SourceCiter("Status",
					change.getItem().getTitle() + ": " + change.getStatus().label().toLowerCase(Locale.ROOT),
					StatusBoard.urlOf(change.getItem().getSlug()) + "#record-" + change.getId(), change.getOn()))
			.toList();
	}

	@Override
	public boolean cites(long sourceId) {
		return this.changes.existsBySourceId(sourceId);
	}

}
