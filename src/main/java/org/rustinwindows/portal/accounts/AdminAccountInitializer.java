package org.rustinwindows.portal.accounts;

import org.rustinwindows.portal.shared.BeforeTraffic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh portal can be administered: on first start the {@code admin} account
 * is created with the configured password, or with a generated one that is logged once.
 * An existing admin account is never changed, so a restart cannot reset its password.
 */
@Component
class AdminAccountInitializer extends BeforeTraffic {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	private final AccountService accounts;

	private final AdminAccountProperties properties;

	AdminAccountInitializer(AccountService accounts, AdminAccountProperties properties) {
		super(BeforeTraffic.CREATE_ADMIN_ACCOUNT);
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	protected void run() {
		boolean configured = this.properties.password() != null && !this.properties.password().isBlank();
		String password = configured ? this.properties.password() : Passwords.generate();
		try {
			if (!this.accounts.createAdminIfMissing(password)) {
				return;
			}
		}
		catch (AccountRuleException ex) {
			throw new IllegalStateException(
					"portal.admin.password (PORTAL_ADMIN_PASSWORD) is not usable: " + ex.getMessage(), ex);
		}
		if (configured) {
			logger.info("Created the account '{}' with the password from portal.admin.password",
					AccountService.ADMIN_USERNAME);
		}
		else {
			logger.warn(
					"Created the account '{}' with the generated password '{}'. It is shown only this once: "
							+ "sign in at /login and change it under 'Your account'.",
					AccountService.ADMIN_USERNAME, password);
		}
	}

}
