package org.rustinwindows.portal.content.markdown;

/**
 * What an entry's Markdown becomes: stored with the entry so that no page renders
 * Markdown per request.
 *
 * @param html the body as HTML
 * @param tocHtml a nested list linking to the body's second- and third-level headings,
 * empty when there are fewer than two
 * @param text the body as plain text, without Markdown syntax
 * @param readingMinutes the estimated reading time, at least one minute
 */
public record RenderedMarkdown(String html, String tocHtml, String text, int readingMinutes) {

}
