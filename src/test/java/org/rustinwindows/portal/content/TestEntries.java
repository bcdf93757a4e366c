package org.rustinwindows.portal.content;

import java.util.List;

/**
 * Cleans up after tests that save entries in the shared portal context.
 */
public final class TestEntries {

	private TestEntries() {
	}

	/**
	 * Deletes for good every entry that the admin list's text filter finds for
	 * {@code text}, whatever its kind and state: tests give their entries slugs with a
	 * prefix of their own. The list leaves the trash out, so its first page is trashed
	 * until it is empty, however many pages there were.
	 */
	public static void deleteMatching(EditorialDesk desk, EntryLifecycle lifecycle, String text) {
		EntryFilter matching = new EntryFilter(null, null, text, null);
		for (EntryKind kind : EntryKind.values()) {
			List<EntrySummary> page = desk.list(kind, matching, 1).items();
			while (!page.isEmpty()) {
				page.forEach((entry) -> lifecycle.trash(entry.id(), "test"));
				page = desk.list(kind, matching, 1).items();
			}
		}
		lifecycle.emptyTrash("test");
	}

}
