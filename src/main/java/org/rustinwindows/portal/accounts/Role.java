package org.rustinwindows.portal.accounts;

/**
 * What an account may do. Editors keep the content; admins also manage accounts, the
 * trash, moderation and the audit log.
 */
public enum Role {

	ADMIN("Admin"), EDITOR("Editor");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
