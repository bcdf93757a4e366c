/**
 * The status board: the pieces of the initiative (crates, driver models, Rust in the
 * kernel, tooling) as tracked items, each with its current status and the dated, sourced
 * record of every change, linked both ways with the entries that discuss it.
 */
@ApplicationModule(allowedDependencies = { "content", "feeds", "search", "shared" })
package org.rustinwindows.portal.tracker;

import org.springframework.modulith.ApplicationModule;
