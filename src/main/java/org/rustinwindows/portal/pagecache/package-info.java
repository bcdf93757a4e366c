/**
 * Public pages at the speed of static files: every public GET page is rendered once per
 * content version and address, kept as bytes with its gzip form and a strong ETag, and
 * served by a filter in front of Spring Security and MVC. Nothing a signed-in editor, a
 * comment's poster or a form sees is kept.
 */
@ApplicationModule(allowedDependencies = { "content", "shared" })
package org.rustinwindows.portal.pagecache;

import org.springframework.modulith.ApplicationModule;
