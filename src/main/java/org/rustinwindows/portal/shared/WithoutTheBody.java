package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * A request as a plain GET of its address, its body out of sight: the error page for a
 * body that cannot be read is reached by a forward with this, because any part of the
 * page that asked for a parameter would make the container try to read the body again.
 */
final class WithoutTheBody extends HttpServletRequestWrapper {

	private WithoutTheBody(HttpServletRequest request) {
		super(request);
	}

	/** Answers with the error page for the status, without reading the body. */
	static void showError(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status.value());
		request.getRequestDispatcher("/error").forward(new WithoutTheBody(request), response);
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public String getContentType() {
		return null;
	}

	@Override
	public int getContentLength() {
		return -1;
	}

	@Override
	public long getContentLengthLong() {
		return -1;
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

}
