package org.rustinwindows.portal.content;

/**
 * An entry breaks a rule of the model. The message is written for the editor, and
 * {@link #field()} names the form field it belongs to.
 */
public class EntryRuleException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public EntryRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
