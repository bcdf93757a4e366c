package org.rustinwindows.portal.shared;

import org.springframework.data.domain.PageRequest;

/**
 * Turns the page number of a URL into a {@link PageRequest}: page 1 is the first, and a
 * page that cannot exist is a 404 rather than an empty list.
 */
public final class PageNumbers {

	private PageNumbers() {
	}

	public static PageRequest pageable(int page, int size) {
		// A page whose first row lies past what a query's int offset holds cannot exist
		// either; without this check, page 2147483647 overflowed into a 500.
		if (page < 1 || (long) page * size > Integer.MAX_VALUE) {
			throw NotFoundException.forPage(page);
		}
		return PageRequest.of(page - 1, size);
	}

	/**
	 * Fails with a 404 when a page past the last one was asked for. Page 1 of an empty
	 * list is a valid, empty page.
	 */
	public static <T> PageView<T> requireExisting(PageView<T> view) {
		if (view.number() > view.totalPages()) {
			throw NotFoundException.forPage(view.number());
		}
		return view;
	}

}
