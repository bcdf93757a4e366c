package org.rustinwindows.portal.comments;

/**
 * A reader's comment was stored, published at once or waiting for a moderator. Published
 * inside the transaction that stores it.
 *
 * @param commentId the comment
 * @param parentId the comment it replies to, or {@code null}
 * @param approved whether it appears at once (its author's earlier comments were
 * approved)
 * @param notifyEmail the address its author asked to be mailed at about replies, or
 * {@code null}
 * @param targetTitle the title of what it is about
 */
public record CommentPosted(long commentId, Long parentId, boolean approved, String notifyEmail, String targetTitle) {

}
