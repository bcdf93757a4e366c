package org.rustinwindows.portal.content;

/**
 * Published within the transaction of a change to a source record.
 *
 * @param slug the source's slug (after the change)
 * @param title its title (after the change)
 * @param change what happened
 * @param actor the username of whoever did it
 */
public record SourceChanged(String slug, String title, Change change, String actor) {

	/**
	 * What happened to a source.
	 */
	public enum Change {

		EDITED("edited the source"), IMPORTED("imported the source"), DELETED("deleted the source");

		private final String description;

		Change(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
