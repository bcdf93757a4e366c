package org.rustinwindows.portal.comments;

import java.time.Instant;
import java.util.List;

/**
 * A comment as readers see it, with its replies.
 *
 * @param id its id, for its permalink {@code #comment-{id}}
 * @param authorName the name its author gave (plain text: escape it)
 * @param bodyHtml its body, rendered and sanitized when it was posted
 * @param createdAt when it was posted
 * @param depth 0 for a comment on the entry, 1 for a reply, and so on
 * @param awaitingModeration whether only its poster sees it, until a moderator approves
 * it
 * @param replies the replies to it, oldest first
 */
public record ThreadedComment(long id, String authorName, String bodyHtml, Instant createdAt, int depth,
		boolean awaitingModeration, List<ThreadedComment> replies) {

	public boolean canReply() {
		return !this.awaitingModeration && this.depth < CommentPosting.MAX_DEPTH;
	}

}
