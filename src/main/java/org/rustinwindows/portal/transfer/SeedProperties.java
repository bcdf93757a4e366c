package org.rustinwindows.portal.transfer;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the seed content lives and whether to load it at start-up.
 *
 * @param contentDir the folder holding {@code articles/}, {@code timeline/} and
 * {@code faq/}
 * @param enabled whether entries missing from the database are created from it at
 * start-up
 */
@Validated
@ConfigurationProperties("portal.seed")
record SeedProperties(@NotNull @DefaultValue("./content") Path contentDir, @DefaultValue("true") boolean enabled) {

}
