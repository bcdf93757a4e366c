package org.rustinwindows.portal.discovery.card;

/**
 * What a page's social card says.
 *
 * @param label the kind of page, e.g. "Timeline event", or {@code null}
 * @param title the page's title
 * @param date the date a reader should see, as pages print it, or {@code null}
 */
record SocialCard(String label, String title, String date) {

}
