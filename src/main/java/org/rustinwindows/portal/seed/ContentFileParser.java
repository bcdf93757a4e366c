package org.rustinwindows.portal.seed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.Slugs;
import org.rustinwindows.portal.content.SourceRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a content file: YAML front matter between {@code ---} lines, then the Markdown
 * body. Every rule an editor can break is checked here and reported as a reason, so that
 * one bad file never stops the others.
 */
@Component
class ContentFileParser {

	private static final String DELIMITER = "---";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	ContentFile parse(EntryKind kind, Path path, String text) throws InvalidContentFileException {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		if (!normalized.endsWith("\n")) {
			normalized = normalized + "\n";
		}
		if (!normalized.startsWith(DELIMITER + "\n")) {
			throw new InvalidContentFileException("no front matter: the file must start with a '---' line");
		}
		int end = normalized.indexOf("\n" + DELIMITER + "\n", DELIMITER.length());
		if (end < 0) {
			throw new InvalidContentFileException("front matter is not closed by a '---' line");
		}
		FrontMatter matter = readFrontMatter(normalized.substring(DELIMITER.length() + 1, end + 1));
		String body = normalized.substring(end + DELIMITER.length() + 2).stripLeading();
		return toContentFile(kind, path, matter, body);
	}

	private FrontMatter readFrontMatter(String yamlText) throws InvalidContentFileException {
		try {
			FrontMatter matter = this.yaml.readValue(yamlText, FrontMatter.class);
			if (matter == null) {
				throw new InvalidContentFileException("front matter is empty");
			}
			return matter;
		}
		catch (JacksonException ex) {
			throw new InvalidContentFileException("bad YAML in front matter: " + ex.getOriginalMessage(), ex);
		}
	}

	private ContentFile toContentFile(EntryKind kind, Path path, FrontMatter matter, String body)
			throws InvalidContentFileException {
		String title = required(matter.title(), "title");
		String slug = required(matter.slug(), "slug");
		if (!Slugs.isValid(slug)) {
			throw new InvalidContentFileException(
					"slug '" + slug + "' must be lower-case letters and digits joined by single hyphens, at most "
							+ Slugs.MAX_LENGTH + " characters");
		}
		String summary = required(matter.summary(), "summary");
		EntryStatus status = status(matter.status());
		Instant published = (matter.published() != null) ? instant(matter.published(), "published") : null;
		if (status == EntryStatus.PUBLISHED && published == null) {
			throw new InvalidContentFileException("published is missing (required unless status is draft)");
		}
		Instant updated = (matter.updated() != null) ? instant(matter.updated(), "updated") : null;
		EventDate eventDate = null;
		if (kind == EntryKind.TIMELINE) {
			eventDate = eventDate(required(matter.date(), "date"));
		}
		Integer order = null;
		if (kind == EntryKind.FAQ) {
			if (matter.order() == null) {
				throw new InvalidContentFileException("order is missing (the question's position in the FAQ)");
			}
			order = matter.order();
		}
		NewEntry entry = new NewEntry(kind, slug, title, summary, body, status, published, updated, eventDate, order,
				tags(matter.tags()), sources(matter.sources()));
		return new ContentFile(path, entry, related(matter.related()));
	}

	private static String required(String value, String field) throws InvalidContentFileException {
		if (value == null || value.isBlank()) {
			throw new InvalidContentFileException(field + " is missing");
		}
		return value.strip();
	}

	private static EntryStatus status(String status) throws InvalidContentFileException {
		if (status == null) {
			return EntryStatus.PUBLISHED;
		}
		return switch (status.strip().toLowerCase(Locale.ROOT)) {
			case "published" -> EntryStatus.PUBLISHED;
			case "draft" -> EntryStatus.DRAFT;
			default ->
				throw new InvalidContentFileException("status '" + status + "' is unknown: use published or draft");
		};
	}

	private static Instant instant(String text, String field) throws InvalidContentFileException {
		String value = text.strip();
		try {
			return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeException notADate) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeException notADateTime) {
				throw new InvalidContentFileException(field + " '" + text
						+ "' has an unknown date format: use YYYY-MM-DD or an ISO date-time with offset");
			}
		}
	}

	private static EventDate eventDate(String text) throws InvalidContentFileException {
		try {
			return EventDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidContentFileException("date: " + ex.getMessage(), ex);
		}
	}

	private static List<String> tags(List<String> tags) throws InvalidContentFileException {
		if (tags == null) {
			return List.of();
		}
		for (String tag : tags) {
			if (tag == null || Slugs.from(tag).isEmpty()) {
				throw new InvalidContentFileException("tag '" + tag + "' has no letters or digits");
			}
		}
		return tags;
	}

	private static List<SourceRef> sources(List<FrontMatter.SourceItem> items) throws InvalidContentFileException {
		if (items == null) {
			return List.of();
		}
		List<SourceRef> sources = new ArrayList<>();
		for (FrontMatter.SourceItem item : items) {
			if (item == null || item.title() == null || item.title().isBlank()) {
				throw new InvalidContentFileException("source " + (sources.size() + 1) + " has no title");
			}
			if (item.url() != null && !isWebAddress(item.url())) {
				throw new InvalidContentFileException("source '" + item.title() + "' has url '" + item.url()
						+ "', which is not an http or https address");
			}
			sources.add(new SourceRef(item.title().strip(), (item.url() != null) ? item.url().strip() : null));
		}
		return sources;
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static List<EntryRef> related(List<String> related) throws InvalidContentFileException {
		if (related == null) {
			return List.of();
		}
		List<EntryRef> refs = new ArrayList<>();
		for (String text : related) {
			try {
				refs.add(EntryRef.parse(String.valueOf(text)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidContentFileException("related: " + ex.getMessage(), ex);
			}
		}
		return refs;
	}

}
