package org.rustinwindows.portal.shared;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every capability shares.
 *
 * @param dataDir the directory holding everything the running portal writes (H2 database,
 * later the search index and uploads)
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("./data") Path dataDir) {

}
