/**
 * Open data: a read-only JSON API of everything published (entries, tags, sources, status
 * items), paged and with stable ids, described by an OpenAPI document
 * ({@code /api/openapi.json}), and a downloadable dataset; every answer is open to any
 * origin and rate-limited per address.
 */
@ApplicationModule(allowedDependencies = { "content", "shared", "tracker" })
package org.rustinwindows.portal.api;

import org.springframework.modulith.ApplicationModule;
