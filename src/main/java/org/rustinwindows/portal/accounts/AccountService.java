package org.rustinwindows.portal.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts. Every change is published as an {@link AccountChanged}
 * event in the same transaction, so the audit log and the change stand or fall together.
 */
@Service
@Transactional
class AccountService {

	static final String ADMIN_USERNAME = "admin";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AccountView> all() {
		return this.accounts.findAllByOrderByUsername().stream().map(AccountView::of).toList();
	}

	@Transactional(readOnly = true)
	AccountView get(long id) {
		return AccountView.of(find(id));
	}

	void create(NewAccountForm form, String actor) {
		String username = form.username().strip().toLowerCase(Locale.ROOT);
		if (this.accounts.existsByUsername(username)) {
			throw new AccountRuleException("username", "This username is taken.");
		}
		if (ControlCharacters.inOneLine(form.displayName())) {
			throw new AccountRuleException("displayName",
					"Remove the control characters (such as NUL or escape) that were pasted in; they are not text.");
		}
		Passwords.check("password", form.password(), username, form.displayName());
		this.accounts.save(new UserAccount(username, form.displayName().strip(),
				this.passwordEncoder.encode(form.password()), form.role(), this.clock.instant()));
		this.events.publishEvent(new AccountChanged(username, AccountChanged.Change.CREATED, actor));
	}

	/**
	 * Creates the first admin account unless it exists.
	 * @return whether it was created
	 */
	boolean createAdminIfMissing(String password) {
		if (this.accounts.existsByUsername(ADMIN_USERNAME)) {
			return false;
		}
		Passwords.check("password", password, ADMIN_USERNAME, "Administrator");
		this.accounts.save(new UserAccount(ADMIN_USERNAME, "Administrator", this.passwordEncoder.encode(password),
				Role.ADMIN, this.clock.instant()));
		this.events.publishEvent(new AccountChanged(ADMIN_USERNAME, AccountChanged.Change.CREATED, "portal"));
		return true;
	}

	void disable(long id, String actor) {
		UserAccount account = find(id);
		if (account.getUsername().equals(actor)) {
			throw new AccountRuleException("account", "You cannot disable your own account.");
		}
		if (account.getRole() == Role.ADMIN && account.isEnabled()
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountRuleException("account", "This is the last enabled admin account.");
		}
		account.disable();
		this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.DISABLED, actor));
	}

	void enable(long id, String actor) {
		UserAccount account = find(id);
		account.enable();
		this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.ENABLED, actor));
	}

	void resetPassword(long id, PasswordForm form, String actor) {
		UserAccount account = find(id);
		setPassword(account, form);
		this.events
			.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.PASSWORD_RESET, actor));
	}

	void changeOwnPassword(String username, PasswordForm form) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("No account " + username));
		if (form.currentPassword() == null
				|| !this.passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
			throw new AccountRuleException("currentPassword", "This is not your current password.");
		}
		setPassword(account, form);
		this.events.publishEvent(new AccountChanged(username, AccountChanged.Change.PASSWORD_CHANGED, username));
	}

	@Transactional(readOnly = true)
	Optional<UserAccount> findByUsername(String username) {
		return this.accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
	}

	private void setPassword(UserAccount account, PasswordForm form) {
		Passwords.check("password", form.password(), account.getUsername(), account.getDisplayName());
		if (!form.isConfirmed()) {
			throw new AccountRuleException("confirmation", "The two passwords differ.");
		}
		account.changePassword(this.passwordEncoder.encode(form.password()));
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> NotFoundException.forId("account", id));
	}

}
