package org.rustinwindows.portal.content;

import java.util.List;

/**
 * The timeline events of one year.
 *
 * @param year the year
 * @param events its events in the order asked for
 */
public record TimelineYear(int year, List<EntryCard> events) {

}
