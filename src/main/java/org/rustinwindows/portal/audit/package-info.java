/**
 * The audit log: who changed what and when, recorded from the events the other modules
 * publish, in the same transaction as the change.
 */
package org.rustinwindows.portal.audit;
