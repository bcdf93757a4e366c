package org.rustinwindows.portal.content.admin;

/**
 * Which button submitted the edit form. Every button posts the whole form, so nothing
 * typed is lost whichever is pressed, with or without JavaScript.
 *
 * @param type what to do
 * @param index the source row it applies to, for the row buttons
 */
record FormAction(Type type, int index) {

	/**
	 * Reads a button value such as {@code save}, {@code preview} or
	 * {@code remove-source:2}; anything else saves.
	 */
	static FormAction parse(String value) {
		if (value == null) {
			return new FormAction(Type.SAVE, 0);
		}
		int colon = value.indexOf(':');
		String name = (colon < 0) ? value : value.substring(0, colon);
		int index = 0;
		if (colon >= 0) {
			try {
				index = Math.max(0, Integer.parseInt(value.substring(colon + 1)));
			}
			catch (NumberFormatException ex) {
				return new FormAction(Type.SAVE, 0);
			}
		}
		for (Type type : Type.values()) {
			if (type.value.equals(name)) {
				return new FormAction(type, index);
			}
		}
		return new FormAction(Type.SAVE, 0);
	}

	boolean changesSources() {
		return this.type == Type.ADD_SOURCE || this.type == Type.REMOVE_SOURCE || this.type == Type.MOVE_SOURCE_UP
				|| this.type == Type.MOVE_SOURCE_DOWN;
	}

	/**
	 * The form's buttons.
	 */
	enum Type {

		SAVE("save"), PREVIEW("preview"), UPLOAD("upload"), ADD_SOURCE("add-source"), REMOVE_SOURCE("remove-source"),
		MOVE_SOURCE_UP("move-source-up"), MOVE_SOURCE_DOWN("move-source-down");

		private final String value;

		Type(String value) {
			this.value = value;
		}

	}

}
