package org.rustinwindows.portal.comments;

/**
 * The comment form as sent. Every field is text, so that whatever arrives is bound and
 * then checked here, with a message, rather than failing in binding.
 *
 * @param target the id of the entry commented on
 * @param parent the id of the comment replied to, or empty
 * @param name the author's name
 * @param email the author's email, optional and never shown
 * @param body the comment in Markdown
 * @param website the honeypot: hidden from people, so only robots fill it in
 * @param token the signed form token
 * @param notifyReplies present when the author asks to be mailed about replies
 */
record CommentForm(String target, String parent, String name, String email, String body, String website, String token,
		String notifyReplies) {

	static CommentForm empty(long target, Long parent) {
		return new CommentForm(String.valueOf(target), (parent != null) ? String.valueOf(parent) : "", "", "", "", "",
				"", null);
	}

	CommentForm withToken(String newToken) {
		return new CommentForm(this.target, this.parent, this.name, this.email, this.body, "", newToken,
				this.notifyReplies);
	}

	boolean wantsReplies() {
		return this.notifyReplies != null && !this.notifyReplies.isBlank();
	}

}
