/**
 * Telling people by mail: commenters who asked to hear of replies, readers who follow new
 * entries (daily or weekly), each after confirming their address, and moderators of
 * comments waiting for them. Every mail goes through the
 * {@link org.rustinwindows.portal.mail.Outbox}; every link in one is signed, and every
 * mail to a reader ends what it belongs to in one click.
 */
@ApplicationModule(allowedDependencies = { "mail", "comments", "content", "shared" })
package org.rustinwindows.portal.notifications;

import org.springframework.modulith.ApplicationModule;
