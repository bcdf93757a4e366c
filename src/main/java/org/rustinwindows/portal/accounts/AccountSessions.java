package org.rustinwindows.portal.accounts;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's sessions once it is disabled or its password changes, so that whoever
 * held them must sign in again with what is true now. The session registry knows every
 * signed-in session of every node, by the name signed in; an expired one is signed out on
 * its next request, on whichever node. The session that changed its own password stays:
 * its owner just proved who they are.
 */
@Component
class AccountSessions {

	private static final Set<AccountChanged.Change> ENDING = EnumSet.of(AccountChanged.Change.DISABLED,
			AccountChanged.Change.PASSWORD_RESET, AccountChanged.Change.PASSWORD_CHANGED);

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener
	void on(AccountChanged event) {
		if (ENDING.contains(event.change())) {
			endSessionsOf(event.username(), currentSessionId());
		}
	}

	void endSessionsOf(String username, String except) {
		for (SessionInformation session : this.registry.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(except)) {
				session.expireNow();
			}
		}
	}

	private static String currentSessionId() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null) ? request.getSessionId() : null;
	}

}
