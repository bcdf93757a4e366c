package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * The few columns of an entry a sitemap needs, read without its text.
 */
record EntryStamp(EntryKind kind, String slug, Instant publishedAt, Instant updatedAt) {

	PageStamp toPageStamp() {
		Instant changed = (this.updatedAt != null && this.updatedAt.isAfter(this.publishedAt)) ? this.updatedAt
				: this.publishedAt;
		return new PageStamp(this.kind.urlOf(this.slug), changed);
	}

}
