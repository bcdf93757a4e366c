package org.rustinwindows.portal.content;

import java.util.List;

/**
 * The YAML header of a content file, as written. Checked and converted by
 * {@link EntryFileFormat}.
 *
 * @param title the title (for an FAQ item, the question)
 * @param slug the URL slug
 * @param summary a one-paragraph summary
 * @param status {@code published} (the default) or {@code draft}
 * @param published the publication date, {@code YYYY-MM-DD} or an ISO date-time with
 * offset
 * @param updated the date of the last significant change, same forms
 * @param date a timeline event's date: {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}
 * @param order an FAQ item's position in the FAQ
 * @param tags tag display names
 * @param sources the sources, in order
 * @param related entries this one links to, as {@code articles/<slug>},
 * {@code timeline/<slug>} or {@code faq/<slug>}
 */
record FrontMatter(String title, String slug, String summary, String status, String published, String updated,
		String date, Integer order, List<String> tags, List<SourceItem> sources, List<String> related) {

	/**
	 * One source in front matter.
	 *
	 * @param title what the source is called
	 * @param url where it can be read
	 */
	record SourceItem(String title, String url) {

	}

}
