package org.rustinwindows.portal.content.admin;

import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourceView;

/**
 * The form that describes a source, as typed: every field a string, so that whatever was
 * typed comes back to the editor when a save is refused.
 *
 * @param version the version the editor opened
 * @param slug the page's address
 * @param title the title entries cite it by
 * @param url its address, or empty
 * @param publication where it appeared
 * @param author who wrote or gave it
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or empty
 * @param kind {@code primary} or {@code report}
 * @param note a line on what it is
 */
record SourceDescriptionForm(long version, String slug, String title, String url, String publication, String author,
		String date, String kind, String note) {

	static SourceDescriptionForm of(SourceView source) {
		SourceDetails details = source.details();
		return new SourceDescriptionForm(source.version(), details.slug(), details.title(), orEmpty(details.url()),
				orEmpty(details.publication()), orEmpty(details.author()),
				(details.published() != null) ? details.published().iso() : "", details.kind().word(),
				orEmpty(details.note()));
	}

	/**
	 * @throws EntryRuleException when the date or the kind cannot be read
	 */
	SourceDetails details() {
		EventDate published;
		try {
			published = (this.date != null && !this.date.isBlank()) ? EventDate.parse(this.date) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRuleException("date", "Give the date as YYYY, YYYY-MM or YYYY-MM-DD, or none.");
		}
		SourceKind sourceKind;
		try {
			sourceKind = SourceKind.fromWord(orEmpty(this.kind));
		}
		catch (IllegalArgumentException ex) {
			throw new EntryRuleException("kind", "Choose primary source or report.");
		}
		return new SourceDetails(orEmpty(this.slug).strip(), this.title, this.url, this.publication, this.author,
				published, sourceKind, this.note);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
