package org.rustinwindows.portal.api;

import java.util.List;
import java.util.function.Function;

import org.rustinwindows.portal.shared.PageView;

/**
 * One page of a list the API answers with.
 *
 * @param <T> what it lists
 * @param items this page's items
 * @param page its number, from 1
 * @param pageSize how many items a page holds at most
 * @param totalPages how many pages there are
 * @param totalItems how many items there are in all
 */
public record ApiPage<T>(List<T> items, int page, int pageSize, int totalPages, long totalItems) {

	static <S, T> ApiPage<T> of(PageView<S> view, int pageSize, Function<S, T> mapper) {
		return new ApiPage<>(view.items().stream().map(mapper).toList(), view.number(), pageSize, view.totalPages(),
				view.totalItems());
	}

}
