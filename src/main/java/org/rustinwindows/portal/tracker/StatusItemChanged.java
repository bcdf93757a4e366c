package org.rustinwindows.portal.tracker;

/**
 * Published within the transaction of a change to a status item.
 *
 * @param slug the item's slug (after the change)
 * @param title its title
 * @param change what happened
 * @param actor the username of whoever did it
 */
public record StatusItemChanged(String slug, String title, Change change, String actor) {

	/**
	 * What happened to an item.
	 */
	public enum Change {

		CREATED("created the status item"), EDITED("edited the status item"), RECORDED("recorded a status change of"),
		IMPORTED("imported the status item");

		private final String description;

		Change(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
