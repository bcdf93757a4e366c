package org.rustinwindows.portal.content;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Finds the record a citation names, or makes one. A citation with an address names the
 * record with that title and address; one without names the record with that title and no
 * address, else the first with that title: so an editor picks a known source by its title
 * alone.
 */
@Component
class CitedSources {

	private final SourceRepository sources;

	private final Clock clock;

	CitedSources(SourceRepository sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	Source recordFor(SourceRef citation) {
		String title = citation.title().strip();
		String url = (citation.url() != null && !citation.url().isBlank()) ? citation.url().strip() : null;
		if (url != null) {
			return this.sources.findFirstByTitleAndUrlOrderById(title, url).orElseGet(() -> create(title, url));
		}
		return this.sources.findFirstByTitleAndUrlIsNullOrderById(title)
			.or(() -> this.sources.findFirstByTitleOrderById(title))
			.orElseGet(() -> create(title, null));
	}

	private Source create(String title, String url) {
		String slug = SourceRecords.slugFor(title, this.sources::existsBySlug);
		return this.sources.save(new Source(slug, title, url, this.clock.instant()));
	}

}
