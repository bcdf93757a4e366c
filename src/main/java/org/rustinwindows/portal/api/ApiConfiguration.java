package org.rustinwindows.portal.api;

import jakarta.servlet.DispatcherType;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.shared.RateLimitBuckets;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's rate limit, in front of the page cache, and what its OpenAPI document says of
 * it.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiProperties properties, RateLimitBuckets buckets) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(properties, buckets.of("api", properties.trackedAddresses())));
		// Before the page cache (one less than security's order), so that kept answers
		// count.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns(ApiRateLimitFilter.PATH + "*");
		return registration;
	}

	@Bean
	OpenAPI portalOpenApi(PortalProperties portal) {
		return new OpenAPI().info(new Info().title("Rust in Windows: open data")
			.version("1")
			.description("Everything published on the Rust in Windows portal, read-only: entries, tags, sources and"
					+ " the status board, with stable ids. Lists are paged (page from 1, size up to 100). Every answer"
					+ " carries an ETag and may be asked for from any origin; each address may make "
					+ "a limited number of requests a minute (429 with Retry-After beyond it). The portal's own text is"
					+ " under CC BY 4.0; " + portal.absolute("/api/dataset.json") + " holds all of it in one file.")
			.license(new License().name("CC BY 4.0").url(Dataset.LICENSE_URL)));
	}

}
