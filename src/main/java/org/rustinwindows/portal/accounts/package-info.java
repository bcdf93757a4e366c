/**
 * Who may edit the portal: editor accounts, sign-in, and the security rules every page is
 * served under.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.rustinwindows.portal.accounts;

import org.springframework.modulith.ApplicationModule;
