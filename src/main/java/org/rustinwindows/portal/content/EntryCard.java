package org.rustinwindows.portal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An entry as lists show it.
 *
 * @param kind the kind of entry
 * @param slug its slug, unique within the kind
 * @param title its title (for an FAQ item, the question)
 * @param summary its one-paragraph summary
 * @param publishedAt when it was published
 * @param eventDate for a timeline event, when it happened; otherwise {@code null}
 * @param tags its tags, by name
 * @param comments how many approved comments it has
 * @param updatedAt when it last changed
 * @param reported whether it is known to rest on reports alone (lists that show it say
 * so)
 */
public record EntryCard(EntryKind kind, String slug, String title, String summary, Instant publishedAt,
		EventDate eventDate, List<TagRef> tags, int comments, Instant updatedAt, boolean reported) {

	static EntryCard of(Entry entry) {
		return of(entry, false);
	}

	static EntryCard of(Entry entry, boolean reported) {
		return new EntryCard(entry.getKind(), entry.getSlug(), entry.getTitle(), entry.getSummary(),
				entry.getPublishedAt(), entry.getEventDate(), entry.getTags().stream().map(TagRef::of).toList(),
				entry.getCommentCount(), entry.getUpdatedAt(), reported);
	}

	/**
	 * When it appeared or last changed, in milliseconds, for the script that marks what
	 * is new since a reader's last visit.
	 */
	public long changedMillis() {
		Instant latest = (this.updatedAt != null
				&& (this.publishedAt == null || this.updatedAt.isAfter(this.publishedAt))) ? this.updatedAt
						: this.publishedAt;
		return (latest != null) ? latest.toEpochMilli() : 0;
	}

	/** The publication day in UTC, as pages print it. */
	public LocalDate publishedOn() {
		return (this.publishedAt != null) ? LocalDate.ofInstant(this.publishedAt, ZoneOffset.UTC) : null;
	}

	public String url() {
		return this.kind.urlOf(this.slug);
	}

}
