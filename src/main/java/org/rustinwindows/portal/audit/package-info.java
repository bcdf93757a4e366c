/**
 * The audit log: who changed what and when, recorded from the events the other modules
 * publish, in the same transaction as the change.
 */
@ApplicationModule(allowedDependencies = { "accounts", "comments", "content", "shared", "tracker" })
package org.rustinwindows.portal.audit;

import org.springframework.modulith.ApplicationModule;
