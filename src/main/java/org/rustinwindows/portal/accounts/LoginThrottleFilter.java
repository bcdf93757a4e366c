package org.rustinwindows.portal.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away sign-in attempts while their caller must wait, before the password is even
 * checked, and counts them: a guesser who keeps trying only waits longer.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String username = request.getParameter("username");
		Optional<Duration> wait = this.throttle.lockedFor(address, username);
		if (wait.isPresent()) {
			this.throttle.recordFailure(address, username);
			response.sendRedirect(request.getContextPath()
					+ LoginPages.lockedUrl(this.throttle.lockedFor(address, username).orElse(wait.get())));
			return;
		}
		chain.doFilter(request, response);
	}

}
