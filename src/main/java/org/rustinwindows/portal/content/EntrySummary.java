package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * An entry as the admin lists it: enough to find it and see its state, whatever that
 * state is.
 *
 * @param id the entry's id
 * @param kind its kind
 * @param slug its slug
 * @param title its title
 * @param status draft, scheduled, published or in the trash
 * @param publishedAt when it was or will be published; {@code null} for a draft never
 * published
 * @param updatedAt when it last changed
 * @param version its version, which changes with every save
 */
public record EntrySummary(long id, EntryKind kind, String slug, String title, EntryStatus status, Instant publishedAt,
		Instant updatedAt, long version) {

	static EntrySummary of(Entry entry) {
		return new EntrySummary(entry.getId(), entry.getKind(), entry.getSlug(), entry.getTitle(), entry.getStatus(),
				entry.getPublishedAt(), entry.getUpdatedAt(), entry.getVersion());
	}

	/** Where the public reads it; meaningful once it is published. */
	public String url() {
		return this.kind.urlOf(this.slug);
	}

}
