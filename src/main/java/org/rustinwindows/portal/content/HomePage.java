package org.rustinwindows.portal.content;

import java.util.List;

/**
 * What the home page shows: the latest articles and events, the first questions and the
 * most used tags.
 */
public record HomePage(List<EntryCard> articles, List<EntryCard> events, List<EntryCard> questions,
		List<TagCount> tags) {

}
