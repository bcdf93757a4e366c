package org.rustinwindows.portal.api;

import org.rustinwindows.portal.content.EntryKind;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters the API's lists share, read strictly: a value it cannot use is a
 * 400 that says why, never a guess.
 */
final class ApiParameters {

	static final int MAX_PAGE_SIZE = 100;

	private ApiParameters() {
	}

	static int page(int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is a number from 1.");
		}
		return page;
	}

	static int size(int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"size is a number from 1 to " + MAX_PAGE_SIZE + ".");
		}
		return size;
	}

	static EntryKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return EntryKind.fromPathSegment(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind is articles, timeline or faq.");
		}
	}

}
