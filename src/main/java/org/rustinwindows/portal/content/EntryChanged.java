package org.rustinwindows.portal.content;

/**
 * Published within the transaction of every change to an entry, for the audit log and for
 * whatever else must follow the content (search index, feeds).
 *
 * @param id the entry's id
 * @param ref the entry's kind and (current) slug
 * @param title its title
 * @param change what happened
 * @param actor the username of whoever did it, or {@code portal} for the portal itself
 */
public record EntryChanged(long id, EntryRef ref, String title, Change change, String actor) {

	/** Who the portal itself acts as: seeding, scheduled publication. */
	public static final String PORTAL = "portal";

	static EntryChanged of(Entry entry, Change change, String actor) {
		return new EntryChanged(entry.getId(), new EntryRef(entry.getKind(), entry.getSlug()), entry.getTitle(), change,
				actor);
	}

	/**
	 * What happened to an entry.
	 */
	public enum Change {

		CREATED("created"), UPDATED("edited"), PUBLISHED_ON_SCHEDULE("published as scheduled"),
		TRASHED("moved to the trash"), RESTORED("restored from the trash"), DELETED("deleted for good"),
		REVISION_RESTORED("restored an earlier revision of"), IMPORTED("imported");

		private final String description;

		Change(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
