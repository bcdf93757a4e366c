package org.rustinwindows.portal.tracker;

import java.util.Locale;

/**
 * The parts of the initiative the board is grouped by.
 */
public enum StatusGroup {

	CRATES("windows-drivers-rs crates"), DRIVER_MODELS("Driver models"), KERNEL("Rust in the Windows kernel"),
	TOOLING("Tooling");

	private final String label;

	StatusGroup(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The word content files and addresses use: {@code driver-models}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * @throws IllegalArgumentException for a word that names no group
	 */
	public static StatusGroup fromWord(String word) {
		for (StatusGroup group : values()) {
			if (group.word().equalsIgnoreCase(word.strip())) {
				return group;
			}
		}
		throw new IllegalArgumentException(
				"group '" + word + "' is unknown: use crates, driver-models, kernel or tooling");
	}

}
