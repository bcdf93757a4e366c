package org.rustinwindows.portal.content.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What the error summary at the top of the edit form calls each field, and where its link
 * jumps to.
 */
public final class FormFieldNames {

	private static final Pattern SOURCE_ROW = Pattern.compile("source(Titles|Urls)\\[(\\d+)]");

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "Title"),
			Map.entry("slug", "Slug"), Map.entry("summary", "Summary"), Map.entry("body", "Body"),
			Map.entry("tags", "Tags"), Map.entry("sourceTitles", "Sources"), Map.entry("status", "State"),
			Map.entry("publishAt", "Publication time"), Map.entry("eventDate", "Date of the event"),
			Map.entry("faqPosition", "Place in the FAQ"), Map.entry("related", "Related entries"),
			Map.entry("version", "Version"), Map.entry("kind", "Kind"));

	private FormFieldNames() {
	}

	/** Every problem of a bound form, in the order the fields were checked. */
	static List<Problem> problems(Errors errors) {
		List<Problem> problems = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : null;
			problems.add(new Problem((field != null) ? label(field) : "Entry",
					(field != null) ? anchor(field) : "editor-form", error.getDefaultMessage()));
		}
		return problems;
	}

	/**
	 * One line of the error summary.
	 *
	 * @param label the field's name as the form shows it
	 * @param anchor the id its link jumps to
	 * @param message what is wrong
	 */
	record Problem(String label, String anchor, String message) {

	}

	static String label(String field) {
		Matcher row = SOURCE_ROW.matcher(field);
		if (row.matches()) {
			int number = Integer.parseInt(row.group(2)) + 1;
			return "Source " + number + ("Titles".equals(row.group(1)) ? ": title" : ": address");
		}
		return LABELS.getOrDefault(field, field);
	}

	static String anchor(String field) {
		Matcher row = SOURCE_ROW.matcher(field);
		if (row.matches()) {
			return "sources" + row.group(2) + ("Titles".equals(row.group(1)) ? "-title" : "-url");
		}
		return switch (field) {
			case "sourceTitles" -> "sources-hint";
			case "status" -> "status1";
			case "version", "kind" -> "editor-form";
			default -> field;
		};
	}

}
