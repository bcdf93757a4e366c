package org.rustinwindows.portal.comments;

/**
 * A comment that passed every check, ready to be stored.
 *
 * @param name the author's name, stripped
 * @param email the author's email, or null
 * @param emailHash the keyed hash of the lower-cased email, or null
 * @param bodyMarkdown the body as written
 * @param bodyHtml the body rendered and sanitized
 * @param status pending, approved (trusted commenter) or spam (honeypot)
 * @param addressHash the keyed hash of the client address
 * @param fingerprint the keyed hash of what makes two posts the same comment
 * @param formTokenHash the keyed hash of the form token that sent it
 */
record NewComment(String name, String email, String emailHash, String bodyMarkdown, String bodyHtml,
		CommentStatus status, String addressHash, String fingerprint, String formTokenHash) {

}
