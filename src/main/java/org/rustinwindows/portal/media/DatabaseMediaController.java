package org.rustinwindows.portal.media;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the images the database keeps, as the resource handler serves a folder's: their
 * names are content hashes, so every response may be cached for a year, its name its
 * validator. Registered only when images live in the database.
 */
@Controller
@ConditionalOnProperty(name = "portal.media.store", havingValue = "database")
class DatabaseMediaController {

	private final MediaStore store;

	DatabaseMediaController(MediaStore store) {
		this.store = store;
	}

	@GetMapping(MediaLibrary.URL_PREFIX + "{name:[0-9a-f]{32}\\.[a-z]{3,4}}")
	ResponseEntity<byte[]> image(@PathVariable String name) {
		return this.store.get(name)
			.map((image) -> ResponseEntity.ok()
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.eTag(name)
				.contentType(MediaType.parseMediaType(image.mediaType()))
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
