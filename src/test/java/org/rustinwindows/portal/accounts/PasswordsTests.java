package org.rustinwindows.portal.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "password1234", "            x", "x            ", "qwertyuiop12",
			"iloveyou1234", "123456789012", "abcdefghijkl", "Password1234", "letmeinletmein" })
	void refusesCommonRepeatedAndPaddedPasswordsWithAReason(String password) {
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> Passwords.check("password", password, "writer", "Ada Writer"))
			.withMessageMatching("(This password is too easy to guess.*|Use at least 12 characters besides spaces.*)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "writer-writer-1", "ada writer 2026" })
	void refusesPasswordsMadeOfTheAccountsOwnNames(String password) {
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> Passwords.check("password", password, "writer", "Ada Writer"))
			.withMessageStartingWith("This password is too easy to guess");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kernel mode driver, 2023", "correct horse battery staple", "Tr0ub4dor&3xx" })
	void acceptsPassphrasesHardToGuess(String password) {
		assertThatNoException().isThrownBy(() -> Passwords.check("password", password, "writer", "Ada Writer"));
	}

}
