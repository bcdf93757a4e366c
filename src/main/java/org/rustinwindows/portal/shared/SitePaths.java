package org.rustinwindows.portal.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The kinds of address that the filters in front of the pages treat apart, named once so
 * that the HTTP caching headers and the page cache cannot disagree about them.
 */
public final class SitePaths {

	/**
	 * Editors', sign-in and operators' addresses, and the links mailed to readers (one
	 * reader's each): never kept, never shared.
	 */
	private static final List<String> PRIVATE = List.of("/admin", "/login", "/logout", "/actuator", "/notifications");

	/** Files the resource chain serves with validators and lifetimes of their own. */
	private static final List<String> STATIC = List.of("/assets/", "/media/", "/webjars/");

	/**
	 * Downloads written while they are read, too large to hold in memory: never buffered
	 * by the filters in front of them, which validate them themselves.
	 */
	private static final List<String> STREAMED = List.of("/api/dataset.json");

	private SitePaths() {
	}

	/** The request's path within the application. */
	public static String of(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	public static boolean isPrivate(String path) {
		return PRIVATE.stream().anyMatch(path::startsWith);
	}

	public static boolean isStatic(String path) {
		return STATIC.stream().anyMatch(path::startsWith);
	}

	public static boolean isStreamed(String path) {
		return STREAMED.contains(path);
	}

}
