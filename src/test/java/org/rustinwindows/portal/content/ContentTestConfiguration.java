package org.rustinwindows.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;

/**
 * The content module's services on top of a JPA test slice: everything but the web layer,
 * with a fixed clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ContentCatalog.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
public class ContentTestConfiguration {

	public static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
