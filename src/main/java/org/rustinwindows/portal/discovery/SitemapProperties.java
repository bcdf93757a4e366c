package org.rustinwindows.portal.discovery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sitemap is cut.
 *
 * @param maxUrls the most addresses one sitemap file lists (the protocol allows 50,000);
 * past it, {@code /sitemap.xml} becomes an index of several files
 */
@Validated
@ConfigurationProperties("portal.sitemap")
record SitemapProperties(@Min(10) @Max(50_000) @DefaultValue("50000") int maxUrls) {

}
