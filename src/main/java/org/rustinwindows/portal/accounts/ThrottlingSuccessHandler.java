package org.rustinwindows.portal.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Remembers the address an account signed in from, so that strangers' failures never keep
 * its owner out there, then continues to the page that asked for the sign-in.
 */
class ThrottlingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	ThrottlingSuccessHandler(LoginThrottle throttle, RequestCache requestCache, String defaultTargetUrl) {
		this.throttle = throttle;
		setRequestCache(requestCache);
		setDefaultTargetUrl(defaultTargetUrl);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.recordSuccess(request.getRemoteAddr(), authentication.getName());
		response.addCookie(EditorCookie.signedIn(request));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
