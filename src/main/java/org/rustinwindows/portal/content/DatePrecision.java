package org.rustinwindows.portal.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How precisely a timeline event's date is known: "2019", "July 2019" or "18 July 2019".
 */
public enum DatePrecision {

	DAY("d MMMM uuuu"), MONTH("MMMM uuuu"), YEAR("uuuu");

	private final DateTimeFormatter displayFormat;

	DatePrecision(String pattern) {
		this.displayFormat = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
	}

	public String format(LocalDate date) {
		return this.displayFormat.format(date);
	}

	/**
	 * The machine-readable form for a {@code <time datetime>} attribute, as precise as
	 * the date is known.
	 */
	public String isoFormat(LocalDate date) {
		return switch (this) {
			case DAY -> date.toString();
			case MONTH -> date.toString().substring(0, 7);
			case YEAR -> String.valueOf(date.getYear());
		};
	}

}
