package org.rustinwindows.portal.content;

import java.time.LocalDate;

/**
 * Something other than an entry that cites a source, as the source's page lists it.
 *
 * @param label what it is, such as "Status change"
 * @param title what to show as the link
 * @param url its page
 * @param date the day it refers to
 */
public record SourceCiter(String label, String title, String url, LocalDate date) {

}
