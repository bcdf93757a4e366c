package org.rustinwindows.portal.content;

/**
 * Cleans up after tests that save entries in the shared portal context.
 */
public final class TestEntries {

	private TestEntries() {
	}

	/**
	 * Deletes for good every entry that the admin list's text filter finds for
	 * {@code text}, whatever its kind and state: tests give their entries slugs with a
	 * prefix of their own.
	 */
	public static void deleteMatching(EditorialDesk desk, EntryLifecycle lifecycle, String text) {
		for (EntryKind kind : EntryKind.values()) {
			desk.list(kind, new EntryFilter(null, null, text, null), 1)
				.items()
				.forEach((entry) -> lifecycle.trash(entry.id(), "test"));
		}
		lifecycle.emptyTrash("test");
	}

}
