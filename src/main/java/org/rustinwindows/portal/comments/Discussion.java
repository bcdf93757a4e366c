package org.rustinwindows.portal.comments;

import java.util.List;

/**
 * The comments under one entry.
 *
 * @param targetId the entry's id
 * @param count how many comments are approved
 * @param thread the top-level comments, oldest first, each with its replies
 */
public record Discussion(long targetId, int count, List<ThreadedComment> thread) {

}
