package org.rustinwindows.portal.discovery;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its canonical address: {@code portal.base-url} and the path, plus the
 * page number on later pages of a list. Other parameters (search words, filters, a
 * comment receipt) never make a page canonical in its own right.
 */
@ControllerAdvice
class PageAddressAdvice {

	private static final Pattern ENTRY_PATH = Pattern.compile("/(articles|timeline|faq)/[^/]+");

	private final PortalProperties portal;

	PageAddressAdvice(PortalProperties portal) {
		this.portal = portal;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Whether the page shows one entry: Open Graph calls it an article, lists a website.
	 */
	@ModelAttribute("entryPage")
	boolean entryPage(HttpServletRequest request) {
		return ENTRY_PATH.matcher(currentPath(request)).matches();
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		String page = request.getParameter("page");
		boolean laterPage = page != null && page.matches("[1-9]\\d{0,8}") && !"1".equals(page);
		return this.portal.absolute(currentPath(request)) + (laterPage ? "?page=" + page : "");
	}

}
