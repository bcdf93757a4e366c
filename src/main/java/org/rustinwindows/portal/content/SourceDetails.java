package org.rustinwindows.portal.content;

/**
 * What is known of a source, as an editor or a content file gives it.
 *
 * @param slug its page's address under {@code /sources/}
 * @param title what it is called, as cited
 * @param url where it can be read, or {@code null} for one that is named but not linked
 * @param publication where it appeared (a site, a blog, a conference), or {@code null}
 * @param author who wrote or gave it, or {@code null}
 * @param published when it appeared, as precisely as known, or {@code null}
 * @param kind a primary source or a report
 * @param note a line on what it is or how far it can be trusted, or {@code null}
 */
public record SourceDetails(String slug, String title, String url, String publication, String author,
		EventDate published, SourceKind kind, String note) {

	/** The citation entries write in their front matter for this source. */
	public SourceRef citation() {
		return new SourceRef(this.title, this.url);
	}

}
