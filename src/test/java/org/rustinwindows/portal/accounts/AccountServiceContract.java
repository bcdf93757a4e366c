package org.rustinwindows.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Account rules against each database the portal supports.
 */
@Import(AccountServiceContract.Services.class)
@RecordApplicationEvents
// See ContentRepositoryContract: inherited test methods need the transaction declared
// here.
@Transactional
abstract class AccountServiceContract {

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ApplicationEvents events;

	private long create(String username, Role role) {
		this.accounts.create(new NewAccountForm(username, "Name of " + username, role, "a-long-password-1"), "admin");
		return this.accounts.findByUsername(username).orElseThrow().getId();
	}

	@Test
	void createdAccountStoresOnlyAHashThatNamesItsAlgorithm() {
		create("writer", Role.EDITOR);
		UserAccount account = this.accounts.findByUsername("writer").orElseThrow();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
		assertThat(this.passwordEncoder.matches("a-long-password-1", account.getPasswordHash())).isTrue();
		assertThat(this.events.stream(AccountChanged.class))
			.containsExactly(new AccountChanged("writer", AccountChanged.Change.CREATED, "admin"));
	}

	@Test
	void usernamesAreUniqueWhateverTheirCase() {
		create("writer", Role.EDITOR);
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts
				.create(new NewAccountForm("Writer", "Other", Role.ADMIN, "another-password-2"), "admin"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("username"));
	}

	@Test
	void firstAdminIsCreatedOnceAndNeverReset() {
		assertThat(this.accounts.createAdminIfMissing("first-password-123")).isTrue();
		assertThat(this.accounts.createAdminIfMissing("second-password-456")).isFalse();
		UserAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("first-password-123", admin.getPasswordHash())).isTrue();
	}

	@Test
	void passwordsLongerThanBcryptReadsAreRefused() {
		String tooManyBytes = "é".repeat(40);
		assertThatExceptionOfType(AccountRuleException.class).isThrownBy(
				() -> this.accounts.create(new NewAccountForm("writer", "Writer", Role.EDITOR, tooManyBytes), "admin"));
	}

	@Test
	void lastEnabledAdminCannotBeDisabledNorCanAnyoneDisableThemselves() {
		long admin = create("chief", Role.ADMIN);
		long editor = create("writer", Role.EDITOR);
		assertThatExceptionOfType(AccountRuleException.class).isThrownBy(() -> this.accounts.disable(admin, "writer"))
			.withMessageContaining("last enabled admin");
		assertThatExceptionOfType(AccountRuleException.class).isThrownBy(() -> this.accounts.disable(editor, "writer"))
			.withMessageContaining("your own");
		this.accounts.disable(editor, "chief");
		assertThat(this.accounts.get(editor).enabled()).isFalse();
		this.accounts.enable(editor, "chief");
		assertThat(this.accounts.get(editor).enabled()).isTrue();
	}

	@Test
	void resetPasswordNeedsTheConfirmationToMatch() {
		long editor = create("writer", Role.EDITOR);
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.resetPassword(editor,
					new PasswordForm(null, "new-password-789", "new-password-780"), "admin"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("confirmation"));
		this.accounts.resetPassword(editor, new PasswordForm(null, "new-password-789", "new-password-789"), "admin");
		assertThat(this.passwordEncoder.matches("new-password-789",
				this.accounts.findByUsername("writer").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void changingOwnPasswordNeedsTheCurrentOne() {
		create("writer", Role.EDITOR);
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.changeOwnPassword("writer",
					new PasswordForm("wrong-password", "new-password-789", "new-password-789")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("currentPassword"));
		this.accounts.changeOwnPassword("writer",
				new PasswordForm("a-long-password-1", "new-password-789", "new-password-789"));
		assertThat(this.events.stream(AccountChanged.class).map(AccountChanged::change))
			.contains(AccountChanged.Change.PASSWORD_CHANGED);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(AccountService.class)
	static class Services {

		@Bean
		PasswordEncoder passwordEncoder() {
			return PasswordEncoderFactories.createDelegatingPasswordEncoder();
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}
