/**
 * The editors' home: a dashboard that gathers what every capability has waiting for them.
 * Each capability keeps its own admin screens.
 */
@ApplicationModule(allowedDependencies = { "comments", "content", "mail" })
package org.rustinwindows.portal.admin;

import org.springframework.modulith.ApplicationModule;
