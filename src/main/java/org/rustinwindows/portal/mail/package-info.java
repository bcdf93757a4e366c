/**
 * Mail the portal sends: queued in a table (the outbox) by the request that causes it,
 * and sent from there by one node at a time with retries, so that no request waits on, or
 * fails with, the mail server. Off unless an SMTP server is configured
 * ({@code spring.mail.host}).
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.rustinwindows.portal.mail;

import org.springframework.modulith.ApplicationModule;
