package org.rustinwindows.portal.content;

/**
 * A source as it is written in front matter and shown on pages.
 *
 * @param title what the source is called
 * @param url where it can be read, or {@code null} for a publication that is named but
 * not linked
 */
public record SourceRef(String title, String url) {

}
