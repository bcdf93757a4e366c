package org.rustinwindows.portal.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves stored images. Their names are content hashes, so every response may be cached
 * for a year and never revalidated.
 */
@Configuration(proxyBeanMethods = false)
class MediaResourceConfiguration implements WebMvcConfigurer {

	private final MediaLibrary library;

	MediaResourceConfiguration(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(MediaLibrary.URL_PREFIX + "**")
			.addResourceLocations(this.library.folder().toAbsolutePath().normalize().toUri().toString())
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(false);
	}

}
