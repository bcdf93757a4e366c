package org.rustinwindows.portal.content;

/**
 * Published within the transaction of a tag's rename or merge.
 *
 * @param from the tag's slug before
 * @param to its slug after, or the slug of the tag it was merged into
 * @param change what happened
 * @param actor the username of whoever did it
 */
public record TagChanged(String from, String to, Change change, String actor) {

	/**
	 * What happened to a tag.
	 */
	public enum Change {

		RENAMED("renamed the tag"), MERGED("merged the tag");

		private final String description;

		Change(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
