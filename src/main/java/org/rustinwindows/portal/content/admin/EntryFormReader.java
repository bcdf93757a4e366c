package org.rustinwindows.portal.content.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.Slugs;
import org.rustinwindows.portal.content.SourceRef;

import org.springframework.validation.Errors;

/**
 * Turns what the editor typed into an entry, reporting each field that cannot be read as
 * an error on that field.
 */
final class EntryFormReader {

	private EntryFormReader() {
	}

	/**
	 * @return the entry, or {@code null} when a field could not be read (the errors say
	 * which)
	 */
	static EntryFile read(EntryKind kind, EntryForm form, Errors errors) {
		String title = orEmpty(form.title()).strip();
		String slug = orEmpty(form.slug()).strip();
		if (slug.isEmpty()) {
			slug = Slugs.from(title);
		}
		List<String> tags = Arrays.stream(orEmpty(form.tags()).split(","))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
		List<SourceRef> sources = form.sources()
			.stream()
			.filter((source) -> !source.isBlank())
			.map((source) -> new SourceRef(orEmpty(source.title()).strip(), blankToNull(source.url())))
			.toList();
		EventDate eventDate = null;
		if (kind == EntryKind.TIMELINE && !orEmpty(form.eventDate()).isBlank()) {
			try {
				eventDate = EventDate.parse(form.eventDate().strip());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("eventDate", "invalid", "Use YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-04.");
			}
		}
		Instant publishAt = null;
		if (!orEmpty(form.publishAt()).isBlank()) {
			try {
				publishAt = LocalDateTime.parse(form.publishAt().strip()).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("publishAt", "invalid", "Enter a date and time, such as 2026-12-01T09:00.");
			}
		}
		EntryStatus status = null;
		try {
			status = EntryStatus.valueOf(orEmpty(form.status()).strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("status", "invalid", "Choose draft, published or scheduled.");
		}
		Integer faqPosition = null;
		if (kind == EntryKind.FAQ && !orEmpty(form.faqPosition()).isBlank()) {
			try {
				faqPosition = Integer.valueOf(form.faqPosition().strip());
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("faqPosition", "invalid", "Enter a whole number, such as 3.");
			}
		}
		List<EntryRef> related = new ArrayList<>();
		for (String line : orEmpty(form.related()).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList()) {
			try {
				related.add(EntryRef.parse(line));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("related", "invalid",
						"'" + line + "' is not an entry: use articles/<slug>, timeline/<slug> or faq/<slug>.");
				break;
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new EntryFile(new NewEntry(kind, slug, title, orEmpty(form.summary()).strip(), orEmpty(form.body()),
				status, publishAt, null, eventDate, faqPosition, tags, sources), related.stream().distinct().toList());
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
