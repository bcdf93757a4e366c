package org.rustinwindows.portal.content;

import java.time.Instant;

/**
 * A source as pages show it.
 *
 * @param id its stable id
 * @param details what is known of it
 * @param updatedAt when an editor last changed it
 * @param version its version, which an editor's form sends back
 */
public record SourceView(long id, SourceDetails details, Instant updatedAt, long version) {

	static SourceView of(Source source) {
		return new SourceView(source.getId(), source.details(), source.getUpdatedAt(), source.getVersion());
	}

	public String slug() {
		return this.details.slug();
	}

	public String title() {
		return this.details.title();
	}

	public String url() {
		return this.details.url();
	}

	public SourceKind kind() {
		return this.details.kind();
	}

	public String page() {
		return SourcePages.urlOf(this.details.slug());
	}

	/**
	 * Publication, author and date, as far as they are known, for a line under the title.
	 */
	public String byline() {
		StringBuilder line = new StringBuilder();
		append(line, this.details.publication());
		append(line, this.details.author());
		append(line, (this.details.published() != null) ? this.details.published().display() : null);
		return line.toString();
	}

	private static void append(StringBuilder line, String part) {
		if (part != null && !part.isBlank()) {
			line.append(line.isEmpty() ? "" : " · ").append(part);
		}
	}

}
