/**
 * The editors' home: a dashboard that gathers what every capability has waiting for them.
 * Each capability keeps its own admin screens.
 */
package org.rustinwindows.portal.admin;
