package org.rustinwindows.portal.content.admin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rustinwindows.portal.content.EntryEditView;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.Limits;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.SourceRef;

import org.springframework.validation.Errors;

/**
 * The edit form of an entry, as typed. Kept apart from the entity so that what the editor
 * typed survives any error and is shown back unchanged. Every field is text, so that no
 * input can fail before the form is read and each problem becomes a message on its field.
 *
 * @param version the version the editor opened, {@code null} for a new entry
 * @param title the title (for an FAQ item, the question)
 * @param slug the URL slug; derived from the title when left empty
 * @param summary a one-paragraph summary
 * @param body the Markdown body
 * @param tags tag names separated by commas
 * @param sourceTitles the sources' titles in order, one per row
 * @param sourceUrls the sources' addresses, row by row (repeated fields rather than
 * indexed ones, so that no posted index can exceed the list)
 * @param status draft, published or scheduled
 * @param publishAt the publication time in UTC, {@code yyyy-MM-ddTHH:mm}
 * @param eventDate a timeline event's date: {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}
 * @param faqPosition an FAQ item's place in the FAQ
 * @param related related entries, one {@code kind/slug} per line
 * @param baseRevision the revision the editor started from (0 before the entry's first),
 * for putting their changes together with someone else's saved meanwhile
 */
record EntryForm(String version,
		@NotBlank(message = "Give a title.") @Size(max = Limits.TITLE,
				message = "Use at most 300 characters.") String title,
		@Size(max = 160, message = "Use at most 160 characters.") String slug,
		@NotBlank(message = "Give a summary.") @Size(max = Limits.SUMMARY,
				message = "Use at most 1000 characters.") String summary,
		@Size(max = Limits.BODY, message = "Use at most 200,000 characters.") String body,
		@Size(max = 2000, message = "Use at most 2000 characters.") String tags,
		List<@Size(max = Limits.SOURCE_TITLE, message = "Use at most 300 characters.") String> sourceTitles,
		List<@Size(max = Limits.SOURCE_URL, message = "Use at most 2000 characters.") String> sourceUrls,
		@NotBlank(message = "Choose draft, published or scheduled.") String status,
		@Size(max = 40, message = "Enter a date and time.") String publishAt,
		@Size(max = 10, message = "Use YYYY, YYYY-MM or YYYY-MM-DD.") String eventDate,
		@Size(max = 10, message = "Enter a whole number.") String faqPosition,
		@Size(max = 4000, message = "Use at most 4000 characters.") String related, String baseRevision) {

	static final DateTimeFormatter PUBLISH_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	EntryForm {
		sourceTitles = (sourceTitles != null) ? sourceTitles : List.of();
		sourceUrls = (sourceUrls != null) ? sourceUrls : List.of();
	}

	static EntryForm empty() {
		return new EntryForm("", "", "", "", "", "", List.of(""), List.of(""), EntryStatus.DRAFT.name(), "", "", "", "",
				"0");
	}

	static EntryForm of(EntryEditView view) {
		return of(view.file(), view.version(), view.revision());
	}

	/** An entry's text in the form, as typed on that version and revision. */
	static EntryForm of(EntryFile file, long version, int revision) {
		NewEntry entry = file.entry();
		return new EntryForm(String.valueOf(version), entry.title(), entry.slug(), entry.summary(),
				entry.bodyMarkdown(), String.join(", ", entry.tagNames()),
				entry.sources().stream().map(SourceRef::title).toList(),
				entry.sources().stream().map((source) -> (source.url() != null) ? source.url() : "").toList(),
				entry.status().name(),
				(entry.publishedAt() != null)
						? PUBLISH_AT.format(LocalDateTime.ofInstant(entry.publishedAt(), ZoneOffset.UTC)) : "",
				(entry.eventDate() != null) ? entry.eventDate().iso() : "",
				(entry.faqPosition() != null) ? entry.faqPosition().toString() : "",
				file.related().stream().map(EntryRef::toString).collect(Collectors.joining("\n")),
				String.valueOf(revision));
	}

	/**
	 * The version the editor opened, or {@code null} when it is missing or not a number.
	 */
	Long versionNumber() {
		try {
			return (this.version != null) ? Long.valueOf(this.version.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether the two hold the same text, whatever version they were typed on: line ends
	 * as browsers send them (CRLF) or as stored, and empty source rows, make no
	 * difference.
	 */
	boolean sameTextAs(EntryForm other) {
		return normalized().withVersion(0).equals(other.normalized().withVersion(0));
	}

	private EntryForm normalized() {
		List<SourceForm> rows = sources().stream()
			.map((row) -> new SourceForm(lines(row.title()), lines(row.url())))
			.filter((row) -> !row.title().isBlank() || !row.url().isBlank())
			.toList();
		return new EntryForm(this.version, lines(this.title), lines(this.slug), lines(this.summary), lines(this.body),
				lines(this.tags), List.of(), List.of(), lines(this.status), lines(this.publishAt),
				lines(this.eventDate), lines(this.faqPosition), lines(this.related), "")
			.withSources(rows);
	}

	private static String lines(String text) {
		return (text != null) ? text.replace("\r\n", "\n").strip() : "";
	}

	/** The revision the editor started from, 0 when unknown. */
	int baseRevisionNumber() {
		try {
			return (this.baseRevision != null) ? Math.max(0, Integer.parseInt(this.baseRevision.strip())) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	EntryForm withVersion(long version) {
		return new EntryForm(String.valueOf(version), this.title, this.slug, this.summary, this.body, this.tags,
				this.sourceTitles, this.sourceUrls, this.status, this.publishAt, this.eventDate, this.faqPosition,
				this.related, this.baseRevision);
	}

	EntryForm withBody(String body) {
		return new EntryForm(this.version, this.title, this.slug, this.summary, body, this.tags, this.sourceTitles,
				this.sourceUrls, this.status, this.publishAt, this.eventDate, this.faqPosition, this.related,
				this.baseRevision);
	}

	/**
	 * Puts a rule the model enforces on the form field it concerns, or on the whole form
	 * when no field matches.
	 */
	static void reject(Errors errors, EntryRuleException ex) {
		String field = switch (ex.field()) {
			case "sources" -> "sourceTitles";
			case "title", "slug", "summary", "body", "tags", "status", "publishAt", "eventDate", "faqPosition",
					"related" ->
				ex.field();
			default -> null;
		};
		if (field != null) {
			errors.rejectValue(field, "rule", ex.getMessage());
		}
		else {
			errors.reject("rule", ex.getMessage());
		}
	}

	/** The source rows, title and address side by side. */
	public List<SourceForm> sources() {
		List<SourceForm> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(this.sourceTitles.size(), this.sourceUrls.size()); i++) {
			rows.add(new SourceForm((i < this.sourceTitles.size()) ? this.sourceTitles.get(i) : "",
					(i < this.sourceUrls.size()) ? this.sourceUrls.get(i) : ""));
		}
		return rows;
	}

	EntryForm withSources(List<SourceForm> sources) {
		return new EntryForm(this.version, this.title, this.slug, this.summary, this.body, this.tags,
				sources.stream().map(SourceForm::title).toList(), sources.stream().map(SourceForm::url).toList(),
				this.status, this.publishAt, this.eventDate, this.faqPosition, this.related, this.baseRevision);
	}

	/** Applies one of the form's own buttons to the source rows: add, remove, move. */
	EntryForm withSourceAction(SourceRowAction action) {
		List<SourceForm> rows = new ArrayList<>(sources());
		int index = action.index();
		switch (action.type()) {
			case ADD -> rows.add(SourceForm.empty());
			case REMOVE -> {
				if (index < rows.size()) {
					rows.remove(index);
				}
			}
			case MOVE_UP -> {
				if (index > 0 && index < rows.size()) {
					rows.add(index - 1, rows.remove(index));
				}
			}
			case MOVE_DOWN -> {
				if (index + 1 < rows.size()) {
					rows.add(index + 1, rows.remove(index));
				}
			}
			default -> {
			}
		}
		return withSources(rows);
	}

}
