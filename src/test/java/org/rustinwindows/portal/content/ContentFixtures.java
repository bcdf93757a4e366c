package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.List;

import org.rustinwindows.portal.shared.PageView;

/**
 * View records for web-layer tests, so that pages can be rendered without a database.
 */
public final class ContentFixtures {

	public static final Instant PUBLISHED = Instant.parse("2024-03-12T00:00:00Z");

	private ContentFixtures() {
	}

	public static EntryCard article(String slug, String title) {
		return new EntryCard(EntryKind.ARTICLE, slug, title, "Summary of " + title, PUBLISHED, null,
				List.of(new TagRef("kernel", "Kernel")), 0, PUBLISHED, false);
	}

	public static EntryCard event(String slug, String title, String date) {
		return new EntryCard(EntryKind.TIMELINE, slug, title, "What happened", PUBLISHED, EventDate.parse(date),
				List.of(new TagRef("bluehat-il-2023", "BlueHat IL 2023")), 0, PUBLISHED, false);
	}

	public static EntryCard question(String slug, String title) {
		return new EntryCard(EntryKind.FAQ, slug, title, "Short answer", PUBLISHED, null, List.of(), 0, PUBLISHED,
				false);
	}

	public static EntryDetail detail(EntryCard card) {
		return new EntryDetail(1L, card, "<p>Body of " + card.slug() + "</p>",
				"<ol><li><a href=\"#part\">Part</a></li></ol>", 4, PUBLISHED.plusSeconds(86_400L * 30),
				List.of(new SourceCitation("Named publication", null, "named-publication", SourceKind.REPORT),
						new SourceCitation("Linked", "https://example.org", "linked", SourceKind.REPORT)),
				List.of(), List.of(), List.of());
	}

	public static <T> PageView<T> page(List<T> items, int number, int totalPages) {
		return new PageView<>(items, number, totalPages, (long) items.size() * totalPages);
	}

}
