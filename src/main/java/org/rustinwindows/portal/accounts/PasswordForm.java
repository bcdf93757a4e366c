package org.rustinwindows.portal.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice; for a change of one's own password, also the current one.
 *
 * @param currentPassword the password in use now (only when changing one's own)
 * @param password the new password
 * @param confirmation the new password again
 */
record PasswordForm(String currentPassword, @NotNull(message = "Enter a password.") @Size(min = Passwords.MIN_LENGTH,
		max = Passwords.MAX_LENGTH,
		message = "Use " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters.") String password,
		String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean isConfirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

}
