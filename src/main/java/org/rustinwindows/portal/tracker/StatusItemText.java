package org.rustinwindows.portal.tracker;

/**
 * What an editor writes of an item, apart from its records and links.
 *
 * @param slug its page's address under {@code /status/}
 * @param title what it is called, such as {@code wdk-sys}
 * @param group the part of the initiative it belongs to
 * @param summary one line on what it is
 * @param bodyMarkdown a description in Markdown, may be empty
 * @param position its place within its group on the board, from 1
 */
public record StatusItemText(String slug, String title, StatusGroup group, String summary, String bodyMarkdown,
		int position) {

}
