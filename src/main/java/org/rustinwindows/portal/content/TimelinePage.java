package org.rustinwindows.portal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rustinwindows.portal.shared.PageView;

/**
 * One page of the timeline: its events grouped by year, in the order asked for. A year
 * whose events run over the page's edge continues on the next page under the same
 * heading.
 *
 * @param years the page's events by year
 * @param page the page's place among all pages, for the page links
 */
public record TimelinePage(List<TimelineYear> years, PageView<EntryCard> page) {

	public static TimelinePage of(PageView<EntryCard> page) {
		Map<Integer, List<EntryCard>> byYear = page.items()
			.stream()
			.collect(Collectors.groupingBy((card) -> card.eventDate().date().getYear(), LinkedHashMap::new,
					Collectors.toList()));
		return new TimelinePage(
				byYear.entrySet().stream().map((year) -> new TimelineYear(year.getKey(), year.getValue())).toList(),
				page);
	}

}
