package org.rustinwindows.portal.content;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A published entry as its own page shows it.
 *
 * @param id the entry's id, which its comments refer to
 * @param card the entry's list form: kind, slug, title, summary, dates and tags
 * @param bodyHtml the rendered body
 * @param tocHtml the rendered table of contents, empty for short entries
 * @param readingMinutes the estimated reading time
 * @param updatedAt when the entry last changed
 * @param sources where its claims come from, in the author's order
 * @param linked the entries it names and the entries that name it
 * @param backlinks other published pages that link to it (status items)
 * @param changes what readers were told of its corrections and updates, newest first
 */
public record EntryDetail(long id, EntryCard card, String bodyHtml, String tocHtml, int readingMinutes,
		Instant updatedAt, List<SourceCitation> sources, List<EntryCard> linked,
		List<EntryBacklinks.Backlink> backlinks, List<ChangeNoteView> changes) {

	public String title() {
		return this.card.title();
	}

	public String url() {
		return this.card.url();
	}

	/** Whether every source it cites is a report, none a primary source. */
	public boolean reportedOnly() {
		return SourceCitation.onlyReports(this.sources);
	}

	public LocalDate updatedOn() {
		return LocalDate.ofInstant(this.updatedAt, ZoneOffset.UTC);
	}

	/**
	 * Whether the entry changed noticeably after publication (same-day corrections do not
	 * count).
	 */
	public boolean wasUpdated() {
		return this.card.publishedAt() != null
				&& this.updatedAt.isAfter(this.card.publishedAt().plus(Duration.ofDays(1)));
	}

}
