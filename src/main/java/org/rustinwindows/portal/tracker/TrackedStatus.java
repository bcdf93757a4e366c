package org.rustinwindows.portal.tracker;

import java.util.Locale;

/**
 * Where a piece of the initiative stands: a small fixed vocabulary, so that the board
 * reads the same for every item.
 */
public enum TrackedStatus {

	UNSUPPORTED("Not supported", "Missing today, and nothing has been announced."),

	PLANNED("Planned", "Microsoft has said it intends to do it; nothing to try yet."),

	ANNOUNCED("Announced", "Microsoft has said it exists or is coming, without a public release to try."),

	EXPERIMENTAL("Experimental", "Public and usable for experiments, but not meant for products yet."),

	PREVIEW("Preview", "Released to testers (such as Windows Insiders) ahead of general availability."),

	USABLE("Usable", "Released and used in practice, with known gaps."),

	PRODUCTION_READY("Production-ready", "Supported for shipping products."),

	NOT_PLANNED("Not planned", "Microsoft has said it will not do it.");

	private final String label;

	private final String meaning;

	TrackedStatus(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return this.label;
	}

	public String meaning() {
		return this.meaning;
	}

	/** The word content files and addresses use: {@code production-ready}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * @throws IllegalArgumentException for a word that names no status
	 */
	public static TrackedStatus fromWord(String word) {
		for (TrackedStatus status : values()) {
			if (status.word().equalsIgnoreCase(word.strip())) {
				return status;
			}
		}
		throw new IllegalArgumentException("status '" + word + "' is unknown: use one of " + words());
	}

	static String words() {
		StringBuilder words = new StringBuilder();
		for (TrackedStatus status : values()) {
			words.append(words.isEmpty() ? "" : ", ").append(status.word());
		}
		return words.toString();
	}

}
