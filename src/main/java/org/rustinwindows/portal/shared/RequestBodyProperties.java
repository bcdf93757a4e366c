package org.rustinwindows.portal.shared;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How form and multipart bodies are read (see {@link RequestBodyGuard}).
 *
 * @param concurrentReads bodies read at once; the server's other threads stay free for
 * pages without a body
 * @param queueWait how long a body waits for its turn before the client is told to try
 * again (503)
 */
@Validated
@ConfigurationProperties("portal.request-bodies")
public record RequestBodyProperties(@Min(1) @DefaultValue("64") int concurrentReads,
		@DefaultValue("2s") Duration queueWait) {

}
