package org.rustinwindows.portal.content;

/**
 * The order in which the timeline is read.
 */
public enum TimelineOrder {

	NEWEST, OLDEST

}
