package org.rustinwindows.portal.content;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code /sources} index and the page of every source something published cites.
 */
@Component
@Transactional(readOnly = true)
class SourceSitemapPages implements SitemapPages {

	private static final String INDEX = "/sources";

	private final SourceRepository sources;

	SourceSitemapPages(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	public List<PageStamp> lists() {
		return List.of(new PageStamp(INDEX, this.sources.findLastCitedChange(EntryStatus.PUBLISHED)));
	}

	@Override
	public long count() {
		return this.sources.countCited(EntryStatus.PUBLISHED);
	}

	@Override
	public List<PageStamp> slice(int slice, int size) {
		return this.sources.findCitedById(EntryStatus.PUBLISHED, PageRequest.of(slice, size))
			.stream()
			.map((source) -> new PageStamp(SourcePages.urlOf(source.getSlug()), source.getUpdatedAt()))
			.toList();
	}

}
