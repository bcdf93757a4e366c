package org.rustinwindows.portal.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public pages carry an ETag and may be stored by shared caches, but are revalidated on
 * every use: a repeat visit costs a 304, and an edit shows at once. Static assets are
 * left alone: the resource chain fingerprints them and lets them be cached for a year.
 */
@Component
class PublicPageCachingFilter extends ShallowEtagHeaderFilter {

	PublicPageCachingFilter() {
		// Weak: the validator stands for the page, whether it is sent compressed or not.
		// Tomcat does not
		// compress a response that carries a strong ETag.
		setWriteWeakETag(true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = SitePaths.of(request);
		return SitePaths.isPrivate(path) || SitePaths.isStatic(path) || SitePaths.isStreamed(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		}
		super.doFilterInternal(request, response, filterChain);
	}

}
