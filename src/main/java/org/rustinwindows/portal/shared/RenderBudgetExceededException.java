package org.rustinwindows.portal.shared;

/**
 * A text whose rendering went past its {@link RenderBudget}. Its message speaks to the
 * person who wrote the text.
 */
public class RenderBudgetExceededException extends RuntimeException {

	private final Reason reason;

	RenderBudgetExceededException(Reason reason) {
		super(reason.message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why the rendering was refused. */
	public enum Reason {

		TOO_SLOW("This text takes too long to format. Look for very long runs of formatting characters, tables or"
				+ " links, and simplify them."),

		TOO_DEEP("This text nests quotes, lists or emphasis too deeply to format. Remove some of the repeated"
				+ " > - * or _ characters."),

		BUSY("The portal is formatting many texts at once. Please try again in a moment.");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

	}

}
