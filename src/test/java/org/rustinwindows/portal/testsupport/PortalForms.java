package org.rustinwindows.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tests that drive whole portals over HTTP read off their pages and answers, as a
 * browser would: the session cookie, the CSRF token, a form's hidden fields.
 */
public final class PortalForms {

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\"[^>]*? name=\"(\\w+)\" value=\"([^\"]*)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PortalForms() {
	}

	/** The {@code SESSION} cookie the answer set, ready for a {@code Cookie} header. */
	public static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers()));
	}

	public static String csrfToken(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	/** The hidden fields of the page's forms, by name. */
	public static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2));
		}
		return fields;
	}

	/** A loopback port free at the moment. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
