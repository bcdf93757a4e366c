/**
 * Readers' comments: posting with its defences against spam and abuse, rendering of
 * readers' Markdown through an HTML sanitizer, threads, and moderation. Comments belong
 * to targets known only by id; the content module says which entries may be commented on
 * through {@link org.rustinwindows.portal.comments.CommentTargets}.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.rustinwindows.portal.comments;

import org.springframework.modulith.ApplicationModule;
