package org.rustinwindows.portal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account.
 *
 * @param password the password the {@code admin} account gets when it is created; when
 * empty, a random one is generated and logged once
 */
@ConfigurationProperties("portal.admin")
record AdminAccountProperties(String password) {

}
