package org.rustinwindows.portal.content;

import org.springframework.stereotype.Component;

/**
 * The content file of a source ({@code content/sources/<slug>.md}): all front matter, no
 * body.
 *
 * <pre>
 * ---
 * title: "Windows drivers in Rust: my first attempt"
 * slug: zaddach-windows-drivers-in-rust
 * url: https://…
 * publication: Jonas Zaddach's blog
 * author: Jonas Zaddach
 * date: 2025-09
 * kind: report
 * note: A developer's account of porting the book's labs.
 * ---
 * </pre>
 *
 * Entries cite a source by its title and address, so those two are what must match.
 */
@Component
public class SourceFileFormat {

	public String write(SourceDetails source) {
		return FrontMatterText.write(new SourceMatter(source.title(), source.slug(), source.url(), source.publication(),
				source.author(), (source.published() != null) ? source.published().iso() : null, source.kind().word(),
				source.note()), "");
	}

	/**
	 * @throws InvalidEntryFileException when a field is missing or unreadable
	 */
	public SourceDetails parse(String text) throws InvalidEntryFileException {
		FrontMatterText.Parsed<SourceMatter> parsed = FrontMatterText.read(text, SourceMatter.class);
		if (!parsed.body().isBlank()) {
			throw new InvalidEntryFileException("a source file is all front matter: put the text in 'note'");
		}
		SourceMatter matter = parsed.matter();
		if (matter.title() == null || matter.title().isBlank()) {
			throw new InvalidEntryFileException("title is missing");
		}
		if (matter.slug() == null || !Slugs.isValid(matter.slug().strip())) {
			throw new InvalidEntryFileException("slug is missing or not lower-case letters and digits joined by"
					+ " single hyphens, at most " + Slugs.MAX_LENGTH + " characters");
		}
		if (matter.url() != null && !WebAddresses.isValid(matter.url())) {
			throw new InvalidEntryFileException("url '" + matter.url() + "' is not an http or https address");
		}
		if (matter.kind() == null) {
			throw new InvalidEntryFileException("kind is missing: primary or report");
		}
		try {
			EventDate published = (matter.date() != null) ? EventDate.parse(matter.date()) : null;
			return new SourceDetails(matter.slug().strip(), matter.title().strip(),
					(matter.url() != null) ? matter.url().strip() : null, matter.publication(), matter.author(),
					published, SourceKind.fromWord(matter.kind()), matter.note());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryFileException(ex.getMessage(), ex);
		}
	}

	/**
	 * A source file's front matter, as written.
	 *
	 * @param title what the source is called, as entries cite it
	 * @param slug its page's address under {@code /sources/}
	 * @param url where it can be read, if anywhere
	 * @param publication where it appeared
	 * @param author who wrote or gave it
	 * @param date when: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
	 * @param kind {@code primary} (Microsoft's own word) or {@code report}
	 * @param note a line on what it is
	 */
	record SourceMatter(String title, String slug, String url, String publication, String author, String date,
			String kind, String note) {

	}

}
