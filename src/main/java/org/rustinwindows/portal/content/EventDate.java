package org.rustinwindows.portal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a timeline event with its precision. A month or a year is stored as its
 * first day.
 *
 * @param date the date, or the first day of the month or year
 * @param precision how much of the date is known
 */
public record EventDate(LocalDate date, DatePrecision precision) {

	private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/**
	 * Reads {@code 2019}, {@code 2019-07} or {@code 2019-07-18}.
	 * @throws IllegalArgumentException for any other text or an impossible date
	 */
	public static EventDate parse(String text) {
		Matcher matcher = ISO_PREFIX.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Unknown date format '" + text + "': use YYYY, YYYY-MM or YYYY-MM-DD");
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) == null) {
				return new EventDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
			}
			int month = Integer.parseInt(matcher.group(2));
			if (matcher.group(3) == null) {
				return new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
			}
			return new EventDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), DatePrecision.DAY);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Impossible date '" + text + "': " + ex.getMessage(), ex);
		}
	}

	public String display() {
		return this.precision.format(this.date);
	}

	public String iso() {
		return this.precision.isoFormat(this.date);
	}

}
