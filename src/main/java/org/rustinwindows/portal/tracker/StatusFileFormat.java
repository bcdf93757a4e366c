package org.rustinwindows.portal.tracker;

import java.util.ArrayList;
import java.util.List;

import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.FrontMatterText;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.rustinwindows.portal.content.Slugs;

import org.springframework.stereotype.Component;

/**
 * The content file of a status item ({@code content/status/<slug>.md}): front matter with
 * its records, then its description in Markdown.
 *
 * <pre>
 * ---
 * title: wdk-sys
 * slug: wdk-sys
 * group: crates
 * summary: Bindings to the WDK's C headers.
 * order: 2
 * related:
 *   - articles/windows-drivers-rs-and-cargo-wdk
 * history:
 *   - date: 2023-09
 *     status: experimental
 *     source: windows-drivers-rs-repository
 *     note: Published with the first public release.
 * ---
 * Markdown description.
 * </pre>
 */
@Component
public class StatusFileFormat {

	/** The longest line a record's note may be. */
	static final int NOTE_LENGTH = 300;

	public String write(StatusFile file) {
		StatusItemText text = file.text();
		ItemMatter matter = new ItemMatter(text.title(), text.slug(), text.group().word(), text.summary(),
				text.position(), file.related().stream().map(EntryRef::toString).toList(),
				file.history()
					.stream()
					.map((record) -> new RecordMatter(record.on().iso(), record.status().word(), record.source(),
							record.note()))
					.toList());
		String body = text.bodyMarkdown();
		return FrontMatterText.write(matter, (body.isEmpty() || body.endsWith("\n")) ? body : body + "\n");
	}

	/**
	 * @throws InvalidEntryFileException when a field is missing or unreadable
	 */
	public StatusFile parse(String text) throws InvalidEntryFileException {
		FrontMatterText.Parsed<ItemMatter> parsed = FrontMatterText.read(text, ItemMatter.class);
		ItemMatter matter = parsed.matter();
		String title = FrontMatterText.required(matter.title(), "title");
		String slug = FrontMatterText.required(matter.slug(), "slug");
		if (!Slugs.isValid(slug)) {
			throw new InvalidEntryFileException(
					"slug '" + slug + "' must be lower-case letters and digits joined by single hyphens, at most "
							+ Slugs.MAX_LENGTH + " characters");
		}
		StatusGroup group;
		try {
			group = StatusGroup.fromWord(FrontMatterText.required(matter.group(), "group"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryFileException(ex.getMessage(), ex);
		}
		String summary = FrontMatterText.required(matter.summary(), "summary");
		if (matter.order() == null || matter.order() < 1) {
			throw new InvalidEntryFileException("order is missing (the item's place in its group, from 1)");
		}
		List<EntryRef> related = new ArrayList<>();
		for (String ref : (matter.related() != null) ? matter.related() : List.<String>of()) {
			try {
				related.add(EntryRef.parse(String.valueOf(ref)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidEntryFileException("related: " + ex.getMessage(), ex);
			}
		}
		List<StatusFile.Record> history = new ArrayList<>();
		for (RecordMatter record : (matter.history() != null) ? matter.history() : List.<RecordMatter>of()) {
			history.add(record(record, history.size() + 1));
		}
		return new StatusFile(
				new StatusItemText(slug, title, group, summary, parsed.body().stripTrailing(), matter.order()), related,
				history);
	}

	private static StatusFile.Record record(RecordMatter record, int number) throws InvalidEntryFileException {
		String where = "history record " + number + ": ";
		if (record == null) {
			throw new InvalidEntryFileException(where + "is empty");
		}
		EventDate on;
		try {
			on = EventDate.parse(FrontMatterText.required(record.date(), where + "date"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryFileException(where + "date: " + ex.getMessage(), ex);
		}
		TrackedStatus status;
		try {
			status = TrackedStatus.fromWord(FrontMatterText.required(record.status(), where + "status"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryFileException(where + ex.getMessage(), ex);
		}
		String source = FrontMatterText.required(record.source(), where + "source");
		if (!Slugs.isValid(source)) {
			throw new InvalidEntryFileException(where + "source '" + source + "' is not a source's slug");
		}
		String note = FrontMatterText.required(record.note(), where + "note");
		if (note.length() > NOTE_LENGTH) {
			throw new InvalidEntryFileException(where + "note is longer than " + NOTE_LENGTH + " characters");
		}
		return new StatusFile.Record(on, status, source, note);
	}

	/**
	 * An item file's front matter, as written.
	 *
	 * @param title what the item is called
	 * @param slug its page's address under {@code /status/}
	 * @param group {@code crates}, {@code driver-models}, {@code kernel} or
	 * {@code tooling}
	 * @param summary one line on what it is
	 * @param order its place within its group
	 * @param related the entries that discuss it
	 * @param history its records, oldest first
	 */
	record ItemMatter(String title, String slug, String group, String summary, Integer order, List<String> related,
			List<RecordMatter> history) {

	}

	/**
	 * One record in front matter.
	 *
	 * @param date the day of the evidence: {@code YYYY-MM-DD}, {@code YYYY-MM} or
	 * {@code YYYY}
	 * @param status the status it shows
	 * @param source the slug of its source
	 * @param note one line on what happened
	 */
	record RecordMatter(String date, String status, String source, String note) {

	}

}
