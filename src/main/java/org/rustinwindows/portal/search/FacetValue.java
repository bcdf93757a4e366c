package org.rustinwindows.portal.search;

/**
 * One way to narrow a search, with the number of results it leaves.
 *
 * @param value the value of the filter parameter
 * @param label what readers see
 * @param count how many of the current results have this value
 */
public record FacetValue(String value, String label, long count) {

}
