package org.rustinwindows.portal.search;

import java.util.List;

import org.rustinwindows.portal.content.SourcePages;

import org.springframework.stereotype.Component;

/**
 * Sources whose title holds every word, for the search page.
 */
@Component
class SourceShortcuts implements SearchShortcuts {

	private final SourcePages sources;

	SourceShortcuts(SourcePages sources) {
		this.sources = sources;
	}

	@Override
	public List<Shortcut> matching(List<String> words, int most) {
		return this.sources.titled(words, most)
			.stream()
			.map((source) -> new Shortcut("Source", source.title(), source.page(), source.kind().label()))
			.toList();
	}

}
