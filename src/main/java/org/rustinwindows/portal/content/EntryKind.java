package org.rustinwindows.portal.content;

/**
 * The three kinds of entry. Each has its own URL space, in which slugs are unique.
 */
public enum EntryKind {

	ARTICLE("articles", "Article"), TIMELINE("timeline", "Timeline event"), FAQ("faq", "FAQ");

	private final String pathSegment;

	private final String label;

	EntryKind(String pathSegment, String label) {
		this.pathSegment = pathSegment;
		this.label = label;
	}

	/**
	 * The first segment of this kind's URLs, and the name of its folder under
	 * {@code content/}.
	 */
	public String pathSegment() {
		return this.pathSegment;
	}

	public String label() {
		return this.label;
	}

	public String urlOf(String slug) {
		return "/" + this.pathSegment + "/" + slug;
	}

	public static EntryKind fromPathSegment(String segment) {
		for (EntryKind kind : values()) {
			if (kind.pathSegment.equals(segment)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown kind of entry '" + segment + "'");
	}

}
