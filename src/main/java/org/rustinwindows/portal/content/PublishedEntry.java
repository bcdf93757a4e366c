package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * A published entry with its rendered body, as feeds carry it.
 *
 * @param id the entry's id, which never changes (its slug may)
 * @param card the entry as lists show it
 * @param html the rendered body
 * @param updatedAt when it last changed
 */
public record PublishedEntry(long id, EntryCard card, String html, Instant updatedAt) {

	static PublishedEntry of(Entry entry) {
		return new PublishedEntry(entry.getId(), EntryCard.of(entry), entry.getBodyHtml(), entry.getUpdatedAt());
	}

}
