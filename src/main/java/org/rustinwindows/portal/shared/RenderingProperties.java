package org.rustinwindows.portal.shared;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much one rendering of Markdown may cost (see {@link RenderBudget}).
 *
 * @param timeLimit the longest one rendering may take before it is refused
 * @param workers renderings that run at once; more wait for a free worker
 * @param waiting renderings that may wait; past that, one is refused as busy
 */
@Validated
@ConfigurationProperties("portal.rendering")
public record RenderingProperties(@DefaultValue("2s") Duration timeLimit, @Min(1) @DefaultValue("2") int workers,
		@Min(0) @DefaultValue("64") int waiting) {

	/** The values above, for code that renders outside the application context. */
	public static RenderingProperties defaults() {
		return new RenderingProperties(Duration.ofSeconds(2), 2, 64);
	}

}
