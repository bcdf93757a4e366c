package org.rustinwindows.portal.media;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the images a folder keeps. Their names are content hashes, so every response may
 * be cached for a year and never revalidated. (The database's are served by
 * {@link DatabaseMediaController}.)
 */
@Configuration(proxyBeanMethods = false)
class MediaResourceConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<MediaLibrary> library;

	/** Takes the library lazily: web slice tests load this configuration without it. */
	MediaResourceConfiguration(ObjectProvider<MediaLibrary> library) {
		this.library = library;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		this.library.ifAvailable((media) -> {
			if (media.store() instanceof FolderMediaStore folder) {
				registry.addResourceHandler(MediaLibrary.URL_PREFIX + "**")
					.addResourceLocations(folder.folder().toAbsolutePath().normalize().toUri().toString())
					.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
					.resourceChain(false);
			}
		});
	}

}
