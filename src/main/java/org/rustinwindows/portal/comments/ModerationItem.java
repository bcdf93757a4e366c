package org.rustinwindows.portal.comments;

import java.time.Instant;

/**
 * A comment as moderators see it.
 *
 * @param id its id
 * @param status where it stands
 * @param targetTitle the title of the entry it is on ("(deleted)" if gone)
 * @param targetUrl the entry's page, or null
 * @param parentId the comment it replies to, or null
 * @param authorName the name given
 * @param authorEmail the email given, or null
 * @param addressTag a short form of the keyed address hash: equal tags, same address
 * @param createdAt when it was posted
 * @param bodyHtml its sanitized body
 * @param moderatedBy who last moderated it, or null
 */
record ModerationItem(long id, CommentStatus status, String targetTitle, String targetUrl, Long parentId,
		String authorName, String authorEmail, String addressTag, Instant createdAt, String bodyHtml,
		String moderatedBy) {

}
