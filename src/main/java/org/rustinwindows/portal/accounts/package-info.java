/**
 * Who may edit the portal: editor accounts, sign-in, and the security rules every page is
 * served under.
 */
package org.rustinwindows.portal.accounts;
