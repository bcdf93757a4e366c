package org.rustinwindows.portal.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form larger than the server reads with 413, before anything else looks at it.
 * Tomcat drops the fields of such a form without a word, so the CSRF check would find no
 * token and answer 403 as if the form were forged, and an editor would never learn that
 * the text was too long. The limit is Tomcat's own setting, read from the same property.
 */
@Component
class OversizedFormFilter extends OncePerRequestFilter implements Ordered {

	static final String LIMIT_PROPERTY = "server.tomcat.max-http-form-post-size";

	/** Tomcat's default, for when the property is not set. */
	private static final DataSize TOMCAT_DEFAULT = DataSize.ofMegabytes(2);

	private final long limit;

	OversizedFormFilter(Environment environment) {
		this.limit = Binder.get(environment).bind(LIMIT_PROPERTY, DataSize.class).orElse(TOMCAT_DEFAULT).toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (FormContentTypes.isUrlEncoded(request.getContentType()) && request.getContentLengthLong() > this.limit) {
			// The error page is reached by a forward with the form hidden: Tomcat refuses
			// to read the fields of a form this large, and any part of the page that asks
			// for a parameter would fail the page itself.
			WithoutTheBody.showError(request, response, HttpStatus.CONTENT_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Before Spring Security, whose CSRF check would read the form first. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
