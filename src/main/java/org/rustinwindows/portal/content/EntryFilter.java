package org.rustinwindows.portal.content;

import java.util.Locale;

/**
 * What an admin list shows: one kind, optionally narrowed by state, tag and text, in a
 * chosen order.
 *
 * @param status only entries in this state, or {@code null} for all but the trash
 * @param tag only entries with this tag slug, or {@code null}
 * @param text only entries whose title or slug contains this, or {@code null}
 * @param sort the order
 */
public record EntryFilter(EntryStatus status, String tag, String text, Sort sort) {

	public EntryFilter {
		tag = blankToNull(tag);
		text = blankToNull(text);
		sort = (sort != null) ? sort : Sort.UPDATED;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Orders an admin list can take.
	 */
	public enum Sort {

		UPDATED("Last changed"), PUBLISHED("Publication date"), TITLE("Title");

		private final String label;

		Sort(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
