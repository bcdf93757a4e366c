package org.rustinwindows.portal.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form an admin fills in to create an account.
 *
 * @param username what the person signs in with
 * @param displayName the name other editors see
 * @param role what the account may do
 * @param password the first password, which the person should change
 */
record NewAccountForm(@NotBlank(message = "Enter a username.") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}",
		message = "Use 2 to 60 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.") String username,
		@NotBlank(message = "Enter the name other editors will see.") @Size(max = 120,
				message = "Use at most 120 characters.") String displayName,
		@NotNull(message = "Choose a role.") Role role,
		@NotNull(message = "Enter a password.") @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH,
				message = "Use " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH
						+ " characters.") String password) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.EDITOR, "");
	}

}
