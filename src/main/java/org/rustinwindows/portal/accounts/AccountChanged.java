package org.rustinwindows.portal.accounts;

/**
 * Published when an account is created or changed, within the transaction that changes
 * it.
 *
 * @param username the account that changed
 * @param change what happened to it
 * @param actor the username of whoever did it
 */
public record AccountChanged(String username, Change change, String actor) {

	/**
	 * What happened to an account.
	 */
	public enum Change {

		CREATED("created the account"), DISABLED("disabled the account"), ENABLED("enabled the account"),
		PASSWORD_RESET("reset the password of"), PASSWORD_CHANGED("changed their own password");

		private final String description;

		Change(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
