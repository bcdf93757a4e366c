package org.rustinwindows.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a visitor asked for by URL does not exist (or is not public). Answered with
 * the styled 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException forSlug(String kind, String slug) {
		return new NotFoundException("No published " + kind + " with slug '" + slug + "'");
	}

	public static NotFoundException forId(String kind, long id) {
		return new NotFoundException("No " + kind + " with id " + id);
	}

	public static NotFoundException forPage(int page) {
		return new NotFoundException("No page " + page);
	}

}
