package org.rustinwindows.portal.feeds;

import java.time.Instant;
import java.util.List;

import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.TagRef;

/**
 * One entry as every feed format carries it, with absolute addresses.
 *
 * @param id a stable identifier: a tag URI made from the entry's id, so that a renamed
 * entry is not announced again
 * @param url the entry's page
 * @param title its title
 * @param summary its summary, plain text
 * @param html its full body, every address in it absolute
 * @param published when it was published
 * @param updated when it last changed (never before its publication)
 * @param eventDate for a timeline event, when it happened; otherwise {@code null}
 * @param tags its tags, with their pages' absolute addresses
 */
record FeedItem(String id, String url, String title, String summary, String html, Instant published, Instant updated,
		EventDate eventDate, List<Tag> tags) {

	/**
	 * @param name the tag's name
	 * @param url the absolute address of its page
	 */
	record Tag(String name, String url) {

		static Tag of(TagRef tag, String url) {
			return new Tag(tag.name(), url);
		}

	}

}
