package org.rustinwindows.portal.accounts;

/**
 * A change to an account breaks a rule; the message says which, in words for the form
 * field it names.
 */
class AccountRuleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	AccountRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
