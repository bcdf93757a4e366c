package org.rustinwindows.portal.content;

import java.time.Instant;
import java.util.List;

/**
 * Everything needed to create an entry. Kind-specific fields are {@code null} for the
 * other kinds.
 *
 * @param kind the kind of entry
 * @param slug a valid slug, unique within the kind
 * @param title the title (for an FAQ item, the question)
 * @param summary a one-paragraph summary
 * @param bodyMarkdown the body as Markdown
 * @param status draft or published
 * @param publishedAt when it was published; required when published
 * @param updatedAt when it last changed; {@code null} for the publication time, or now
 * for a draft
 * @param eventDate the date of a timeline event
 * @param faqPosition the position of an FAQ item within the FAQ
 * @param tagNames display names of its tags; unknown tags are created
 * @param sources its sources in order
 */
public record NewEntry(EntryKind kind, String slug, String title, String summary, String bodyMarkdown,
		EntryStatus status, Instant publishedAt, Instant updatedAt, EventDate eventDate, Integer faqPosition,
		List<String> tagNames, List<SourceRef> sources) {

}
