package org.rustinwindows.portal.comments;

import java.util.List;

/**
 * A moderator changed the state of comments, or deleted them.
 *
 * @param actor who did it
 * @param action what was done, in words ("approved", "deleted", ...)
 * @param commentIds the comments concerned
 */
public record CommentModerated(String actor, String action, List<Long> commentIds) {

}
