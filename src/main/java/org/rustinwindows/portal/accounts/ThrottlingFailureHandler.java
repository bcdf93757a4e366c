package org.rustinwindows.portal.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts a failed sign-in against its account and address, then sends the visitor back to
 * the form: with the lock message once they have run out of attempts.
 */
class ThrottlingFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final Counter failures;

	ThrottlingFailureHandler(LoginThrottle throttle, MeterRegistry meters) {
		this.throttle = throttle;
		this.failures = Counter.builder("portal.logins.failed")
			.description("Sign-ins refused: a wrong password, or an attempt while its caller had to wait")
			.register(meters);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String address = request.getRemoteAddr();
		String username = request.getParameter("username");
		this.throttle.recordFailure(address, username);
		this.failures.increment();
		String target = this.throttle.lockedFor(address, username)
			.map(LoginPages::lockedUrl)
			.orElse(LoginPages.FAILED_URL);
		response.sendRedirect(request.getContextPath() + target);
	}

}
