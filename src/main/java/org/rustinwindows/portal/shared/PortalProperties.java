package org.rustinwindows.portal.shared;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every capability shares.
 *
 * @param dataDir the directory holding everything the running portal writes (H2 database,
 * search index, uploads, keys)
 * @param baseUrl the address readers reach the portal at, without a trailing slash: the
 * start of every absolute link (feeds, sitemap, canonical links)
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("./data") Path dataDir,
		@NotNull @DefaultValue("http://localhost:8080") URI baseUrl) {

	/** The absolute address of a path on the portal, such as {@code /feed.xml}. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
