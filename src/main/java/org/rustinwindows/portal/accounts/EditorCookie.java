package org.rustinwindows.portal.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A cookie that tells the public pages' script that this browser signed in to edit, so
 * that it asks for the "Edit this page" link ({@code site.js}) and readers' browsers
 * never do. It holds no secret: the link itself comes from the admin area, which checks
 * the session. Removed on sign-out; a stale one costs one unanswered question.
 */
public final class EditorCookie {

	public static final String NAME = "portal-editor";

	private EditorCookie() {
	}

	static Cookie signedIn(HttpServletRequest request) {
		Cookie cookie = new Cookie(NAME, "1");
		cookie.setPath("/");
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

}
