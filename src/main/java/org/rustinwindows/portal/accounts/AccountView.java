package org.rustinwindows.portal.accounts;

import java.time.Instant;

/**
 * An account as the users page shows it.
 *
 * @param id the account's id
 * @param username what it signs in with
 * @param displayName the name shown to other editors
 * @param role what it may do
 * @param enabled whether it may sign in
 * @param createdAt when it was created
 */
record AccountView(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {

	static AccountView of(UserAccount account) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.isEnabled(), account.getCreatedAt());
	}

}
