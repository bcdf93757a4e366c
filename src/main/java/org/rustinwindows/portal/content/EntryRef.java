package org.rustinwindows.portal.content;

/**
 * Names an entry by kind and slug, as front matter does
 * ({@code articles/bluehat-il-2023}).
 *
 * @param kind the entry's kind
 * @param slug the entry's slug
 */
public record EntryRef(EntryKind kind, String slug) {

	/**
	 * Reads {@code <kind folder>/<slug>}.
	 * @throws IllegalArgumentException for any other form
	 */
	public static EntryRef parse(String text) {
		int slash = text.indexOf('/');
		if (slash < 0 || !Slugs.isValid(text.substring(slash + 1))) {
			throw new IllegalArgumentException(
					"Bad entry reference '" + text + "': use articles/<slug>, timeline/<slug> or faq/<slug>");
		}
		return new EntryRef(EntryKind.fromPathSegment(text.substring(0, slash)), text.substring(slash + 1));
	}

	@Override
	public String toString() {
		return this.kind.pathSegment() + "/" + this.slug;
	}

}
