package org.rustinwindows.portal.comments;

/**
 * The number of approved comments on a target changed. Published inside the transaction
 * that changed it, so that a count kept elsewhere changes with it or not at all.
 *
 * @param targetId the target
 * @param approved how many approved comments it has now
 */
public record CommentCountChanged(long targetId, int approved) {

}
