package org.rustinwindows.portal.content.admin;

/**
 * One of the buttons beside the source rows, sent as {@value #PARAMETER}: add a row, or
 * remove or move one. Every button posts the whole form, so nothing typed is lost
 * whichever is pressed, with or without JavaScript.
 *
 * @param type what to do
 * @param index the source row it applies to, for the row buttons
 */
record SourceRowAction(Type type, int index) {

	static final String PARAMETER = "sourceRow";

	private static final SourceRowAction NONE = new SourceRowAction(Type.NONE, 0);

	/**
	 * Reads a button value such as {@code add-source} or {@code remove-source:2};
	 * anything else changes nothing.
	 */
	static SourceRowAction parse(String value) {
		int colon = value.indexOf(':');
		String name = (colon < 0) ? value : value.substring(0, colon);
		int index = 0;
		if (colon >= 0) {
			try {
				index = Math.max(0, Integer.parseInt(value.substring(colon + 1)));
			}
			catch (NumberFormatException ex) {
				return NONE;
			}
		}
		for (Type type : Type.values()) {
			if (type.value.equals(name)) {
				return new SourceRowAction(type, index);
			}
		}
		return NONE;
	}

	/**
	 * The buttons, by the value they send.
	 */
	enum Type {

		NONE(""), ADD("add-source"), REMOVE("remove-source"), MOVE_UP("move-source-up"), MOVE_DOWN("move-source-down");

		private final String value;

		Type(String value) {
			this.value = value;
		}

	}

}
