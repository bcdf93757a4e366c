package org.rustinwindows.portal.comments;

import java.util.Map;

/**
 * What became of a posted form.
 */
sealed interface PostOutcome {

	/**
	 * Stored (or stored before: the same comment sent twice).
	 *
	 * @param redirect where the poster sees it: the entry page with a receipt, at the
	 * comment
	 */
	record Posted(String redirect) implements PostOutcome {

	}

	/**
	 * Not stored; the form is shown again with everything typed.
	 *
	 * @param status the HTTP status to answer with
	 * @param problem what went wrong, for the whole form, or null
	 * @param fieldErrors messages by field name
	 * @param target the entry the form is for
	 * @param replyTo the comment it answers, or null
	 */
	record Refused(int status, String problem, Map<String, String> fieldErrors, CommentTargets.CommentTarget target,
			Comment replyTo) implements PostOutcome {

	}

}
