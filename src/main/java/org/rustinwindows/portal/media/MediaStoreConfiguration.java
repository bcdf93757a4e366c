package org.rustinwindows.portal.media;

import java.time.Clock;

import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link MediaStore} that {@code portal.media.store} names.
 */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfiguration {

	@Bean
	MediaStore mediaStore(MediaProperties properties, PortalProperties portal, JdbcTemplate jdbc, Clock clock) {
		return switch (properties.store()) {
			case FOLDER -> new FolderMediaStore(portal.dataDir().resolve("media"));
			case DATABASE -> new DatabaseMediaStore(jdbc, clock, properties.memory());
		};
	}

}
