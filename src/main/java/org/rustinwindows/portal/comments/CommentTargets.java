package org.rustinwindows.portal.comments;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What comments can belong to. The content module implements it for entries, so that this
 * module needs nothing of content's.
 */
public interface CommentTargets {

	/**
	 * The target with this id, if readers may comment on it now (it is published).
	 */
	Optional<CommentTarget> open(long id);

	/**
	 * Titles and addresses for moderators, whatever state the targets are in; ids of
	 * targets that no longer exist are left out.
	 */
	Map<Long, CommentTarget> describe(Collection<Long> ids);

	/**
	 * A thing readers comment on.
	 *
	 * @param id its id
	 * @param title what it is called
	 * @param url its page's address, relative to the site
	 */
	record CommentTarget(long id, String title, String url) {

	}

}
