package org.rustinwindows.portal.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The content-file format: YAML front matter between {@code ---} lines, then the Markdown
 * body. The repository's {@code content/} folder, exports and revisions all use it.
 * Reading checks every rule an editor can break and reports it as a reason, so that one
 * bad file never stops the others; writing produces what reading accepts.
 */
@Component
public class EntryFileFormat {

	/**
	 * Writes an entry as a content file that {@link #parse} reads back to the same entry.
	 * Optional fields are left out when empty; {@code status} only when not published,
	 * and {@code updated} only when it differs from {@code published}.
	 */
	public String write(EntryFile file) {
		NewEntry entry = file.entry();
		Instant updated = (entry.updatedAt() != null && !entry.updatedAt().equals(entry.publishedAt()))
				? entry.updatedAt() : null;
		FrontMatter matter = new FrontMatter(entry.title(), entry.slug(), entry.summary(),
				(entry.status() != EntryStatus.PUBLISHED) ? entry.status().name().toLowerCase(Locale.ROOT) : null,
				dateText(entry.publishedAt()), dateText(updated),
				(entry.eventDate() != null) ? entry.eventDate().iso() : null, entry.faqPosition(), entry.tagNames(),
				entry.sources()
					.stream()
					.map((source) -> new FrontMatter.SourceItem(source.title(), source.url()))
					.toList(),
				file.related().stream().map(EntryRef::toString).toList());
		String body = entry.bodyMarkdown();
		return FrontMatterText.write(matter, body.endsWith("\n") ? body : body + "\n");
	}

	/**
	 * The entry as its editor sees it, for comparing and merging two editors' texts:
	 * without the time of its last change, which the portal sets at each save and no
	 * editor types.
	 */
	public String writeAsEdited(EntryFile file) {
		NewEntry entry = file.entry();
		return write(new EntryFile(new NewEntry(entry.kind(), entry.slug(), entry.title(), entry.summary(),
				entry.bodyMarkdown(), entry.status(), entry.publishedAt(), null, entry.eventDate(), entry.faqPosition(),
				entry.tagNames(), entry.sources()), file.related()));
	}

	/**
	 * A day when the moment is midnight UTC (as hand-written files have it), else the
	 * instant.
	 */
	private static String dateText(Instant instant) {
		if (instant == null) {
			return null;
		}
		LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().equals(instant) ? day.toString() : instant.toString();
	}

	public EntryFile parse(EntryKind kind, String text) throws InvalidEntryFileException {
		FrontMatterText.Parsed<FrontMatter> parsed = FrontMatterText.read(text, FrontMatter.class);
		return toEntryFile(kind, parsed.matter(), parsed.body());
	}

	private EntryFile toEntryFile(EntryKind kind, FrontMatter matter, String body) throws InvalidEntryFileException {
		String title = FrontMatterText.required(matter.title(), "title");
		String slug = FrontMatterText.required(matter.slug(), "slug");
		if (!Slugs.isValid(slug)) {
			throw new InvalidEntryFileException(
					"slug '" + slug + "' must be lower-case letters and digits joined by single hyphens, at most "
							+ Slugs.MAX_LENGTH + " characters");
		}
		String summary = FrontMatterText.required(matter.summary(), "summary");
		EntryStatus status = status(matter.status());
		Instant published = (matter.published() != null) ? instant(matter.published(), "published") : null;
		if (status != EntryStatus.DRAFT && published == null) {
			throw new InvalidEntryFileException(
					"published is missing (required unless status is draft; for a scheduled entry, the time it goes out)");
		}
		Instant updated = (matter.updated() != null) ? instant(matter.updated(), "updated") : null;
		EventDate eventDate = null;
		if (kind == EntryKind.TIMELINE) {
			eventDate = eventDate(FrontMatterText.required(matter.date(), "date"));
		}
		Integer order = null;
		if (kind == EntryKind.FAQ) {
			if (matter.order() == null) {
				throw new InvalidEntryFileException("order is missing (the question's position in the FAQ)");
			}
			order = matter.order();
		}
		NewEntry entry = new NewEntry(kind, slug, title, summary, body, status, published, updated, eventDate, order,
				tags(matter.tags()), sources(matter.sources()));
		return new EntryFile(entry, related(matter.related()));
	}

	private static EntryStatus status(String status) throws InvalidEntryFileException {
		if (status == null) {
			return EntryStatus.PUBLISHED;
		}
		return switch (status.strip().toLowerCase(Locale.ROOT)) {
			case "published" -> EntryStatus.PUBLISHED;
			case "draft" -> EntryStatus.DRAFT;
			case "scheduled" -> EntryStatus.SCHEDULED;
			default -> throw new InvalidEntryFileException(
					"status '" + status + "' is unknown: use published, draft or scheduled");
		};
	}

	private static Instant instant(String text, String field) throws InvalidEntryFileException {
		String value = text.strip();
		try {
			return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeException notADate) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeException notADateTime) {
				throw new InvalidEntryFileException(field + " '" + text
						+ "' has an unknown date format: use YYYY-MM-DD or an ISO date-time with offset");
			}
		}
	}

	private static EventDate eventDate(String text) throws InvalidEntryFileException {
		try {
			return EventDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryFileException("date: " + ex.getMessage(), ex);
		}
	}

	private static List<String> tags(List<String> tags) throws InvalidEntryFileException {
		if (tags == null) {
			return List.of();
		}
		for (String tag : tags) {
			if (tag == null || Slugs.from(tag).isEmpty()) {
				throw new InvalidEntryFileException("tag '" + tag + "' has no letters or digits");
			}
		}
		return tags;
	}

	private static List<SourceRef> sources(List<FrontMatter.SourceItem> items) throws InvalidEntryFileException {
		if (items == null) {
			return List.of();
		}
		List<SourceRef> sources = new ArrayList<>();
		for (FrontMatter.SourceItem item : items) {
			if (item == null || item.title() == null || item.title().isBlank()) {
				throw new InvalidEntryFileException("source " + (sources.size() + 1) + " has no title");
			}
			if (item.url() != null && !WebAddresses.isValid(item.url())) {
				throw new InvalidEntryFileException("source '" + item.title() + "' has url '" + item.url()
						+ "', which is not an http or https address");
			}
			sources.add(new SourceRef(item.title().strip(), (item.url() != null) ? item.url().strip() : null));
		}
		return sources;
	}

	private static List<EntryRef> related(List<String> related) throws InvalidEntryFileException {
		if (related == null) {
			return List.of();
		}
		List<EntryRef> refs = new ArrayList<>();
		for (String text : related) {
			try {
				refs.add(EntryRef.parse(String.valueOf(text)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidEntryFileException("related: " + ex.getMessage(), ex);
			}
		}
		return refs;
	}

}
