package org.rustinwindows.portal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code /sources} index and the page of every source something published cites.
 */
@Component
@Transactional(readOnly = true)
class SourceSitemapPages implements SitemapPages {

	private final SourceRepository sources;

	SourceSitemapPages(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	public List<PageStamp> pages() {
		List<PageStamp> pages = new ArrayList<>();
		this.sources.findCited(EntryStatus.PUBLISHED, null, Pageable.unpaged())
			.forEach((listing) -> pages.add(new PageStamp(listing.source().page(), listing.source().updatedAt())));
		pages.add(0, new PageStamp("/sources",
				pages.stream().map(PageStamp::lastModified).max(Comparator.naturalOrder()).orElse(null)));
		return pages;
	}

}
