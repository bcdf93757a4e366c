package org.rustinwindows.portal.content;

/**
 * Something other than an entry that cites a source, as the source's page lists it.
 *
 * @param label what it is, such as "Status change"
 * @param title what to show as the link
 * @param url its page
 * @param date the day (or month, or year) it refers to
 */
public record SourceCiter(String label, String title, String url, EventDate date) {

}
