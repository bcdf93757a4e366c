package org.rustinwindows.portal.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, numbered from 1 as visitors see it in URLs.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param number this page's number, from 1
 * @param totalPages the number of pages, at least 1
 * @param totalItems the number of items on all pages
 */
public record PageView<T>(List<T> items, int number, int totalPages, long totalItems) {

	public static <E, T> PageView<T> of(Page<E> page, Function<? super E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber() + 1,
				Math.max(1, page.getTotalPages()), page.getTotalElements());
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.totalPages;
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
