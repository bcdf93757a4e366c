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

	/**
	 * The picture shown beside a link to the page: the entry's own card on an entry's
	 * page, the portal's card elsewhere ({@code card.SocialCardController}).
	 */
	@ModelAttribute("socialImage")
	String socialImage(HttpServletRequest request) {
		String path = currentPath(request);
		return this.portal.absolute(ENTRY_PATH.matcher(path).matches() ? "/cards" + path + ".png" : "/cards/site.png");
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		String page = request.getParameter("page");
		boolean laterPage = page != null && page.matches("[1-9]\\d{0,8}") && !"1".equals(page);
		return this.portal.absolute(currentPath(request)) + (laterPage ? "?page=" + page : "");
	}

}
