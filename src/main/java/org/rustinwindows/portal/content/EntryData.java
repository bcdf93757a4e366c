package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.List;

/**
 * A published entry as open data: what the JSON API and the dataset give of it.
 *
 * @param id its stable id
 * @param kind {@code articles}, {@code timeline} or {@code faq}
 * @param slug its slug, unique within the kind
 * @param url its page, relative to the portal
 * @param title its title (for an FAQ item, the question)
 * @param summary its summary
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param eventDate a timeline event's date ({@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}), or {@code null}
 * @param tags its tags
 * @param sources what it cites, in order
 * @param bodyMarkdown its text in Markdown, as its editors wrote it
 */
public record EntryData(long id, String kind, String slug, String url, String title, String summary,
		Instant publishedAt, Instant updatedAt, String eventDate, List<TagRef> tags, List<SourceData> sources,
		String bodyMarkdown) {

	static EntryData of(Entry entry) {
		return new EntryData(entry.getId(), entry.getKind().pathSegment(), entry.getSlug(),
				entry.getKind().urlOf(entry.getSlug()), entry.getTitle(), entry.getSummary(), entry.getPublishedAt(),
				entry.getUpdatedAt(), (entry.getEventDate() != null) ? entry.getEventDate().iso() : null,
				entry.getTags().stream().map(TagRef::of).toList(),
				entry.getSources().stream().map(SourceData::of).toList(), entry.getBodyMarkdown());
	}

	/**
	 * A source as open data.
	 *
	 * @param id its stable id
	 * @param slug its page's slug
	 * @param title what it is called
	 * @param url where it can be read, or {@code null}
	 * @param kind {@code primary} or {@code report}
	 */
	public record SourceData(long id, String slug, String title, String url, String kind) {

		static SourceData of(Source source) {
			return new SourceData(source.getId(), source.getSlug(), source.getTitle(), source.getUrl(),
					source.getKind().word());
		}

	}

}
