package org.rustinwindows.portal.search;

/**
 * One match offered while a reader types, as {@code /search/suggest} returns it in JSON.
 *
 * @param title the entry's title
 * @param kind the entry's kind, as readers name it
 * @param url the entry's address on the site
 */
record Suggestion(String title, String kind, String url) {

}
