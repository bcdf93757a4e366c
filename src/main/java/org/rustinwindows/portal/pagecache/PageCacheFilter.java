package org.rustinwindows.portal.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.shared.SitePaths;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public GET pages from the {@link PageCache}, in front of Spring Security and
 * MVC: a page kept at the current content version is written as it was rendered, with no
 * template, database, security, hashing or compression work, and {@code If-None-Match}
 * gets a 304. A page not kept is rendered by the rest of the chain, kept if every reader
 * may share it, and served the same way, so that the first response and every later one
 * carry the same bytes and headers.
 * <p>
 * A request with a session (a signed-in editor, or a reader who opened a comment form)
 * and a comment poster's receipt always go to the application, and so do the admin, the
 * sign-in and comment pages and static files (which Spring's resource handling serves
 * with their own long-lived validators).
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Besides the private and static addresses: comment forms, which carry a token of
	 * their own, and error pages.
	 */
	private static final List<String> RENDERED_EACH_TIME = List.of("/comments", "/error");

	/** Validators and lengths belong to the representation sent, not to the page. */
	private static final Set<String> REPRESENTATION_HEADERS = Set.of(HttpHeaders.ETAG.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_ENCODING.toLowerCase(Locale.ROOT),
			HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT), HttpHeaders.VARY.toLowerCase(Locale.ROOT),
			HttpHeaders.DATE.toLowerCase(Locale.ROOT));

	private final PageCache pages;

	private final ContentVersion version;

	PageCacheFilter(PageCache pages, ContentVersion version) {
		this.pages = pages;
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (request.getRequestedSessionId() != null || request.getParameter("receipt") != null) {
			return true;
		}
		String path = SitePaths.of(request);
		return SitePaths.isPrivate(path) || SitePaths.isStatic(path) || SitePaths.isStreamed(path)
				|| RENDERED_EACH_TIME.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = address(request);
		long current = this.version.current();
		CachedPage kept = this.pages.get(address, current);
		if (kept != null) {
			writeHeaders(kept, response);
			serve(kept, request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			// A HEAD request's body is dropped before it reaches this filter: nothing to
			// keep.
			chain.doFilter(request, response);
			return;
		}
		RenderedResponse rendered = new RenderedResponse(response);
		chain.doFilter(new WithoutValidators(request), rendered);
		CachedPage page = keepable(rendered, response) ? page(current, rendered, response) : null;
		if (page == null) {
			rendered.copyBodyToResponse();
			return;
		}
		this.pages.put(address, page);
		serve(page, request, response);
	}

	/**
	 * The path and the parameters as the application reads them, in one order and each
	 * part prefixed with its length, so that no two requests the application tells apart
	 * share an address.
	 */
	private static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				address.append('\n').append(name.length()).append(':').append(name);
				address.append('=').append(value.length()).append(':').append(value);
			}
		});
		return address.toString();
	}

	/**
	 * Whether every reader may be sent this response: a complete page that sets no cookie
	 * and that the application did not mark as private.
	 */
	private static boolean keepable(RenderedResponse rendered, HttpServletResponse response) {
		if (rendered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
				|| rendered.getContentSize() == 0 || rendered.getContentType() == null) {
			return false;
		}
		if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return false;
		}
		String caching = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return caching == null || !(caching.contains("private") || caching.contains("no-store"));
	}

	private static CachedPage page(long version, RenderedResponse rendered, HttpServletResponse response) {
		byte[] plain = rendered.getContentAsByteArray();
		List<CachedPage.Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!REPRESENTATION_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach((value) -> headers.add(new CachedPage.Header(name, value)));
			}
		}
		// The servlet container keeps the content type and language apart from the
		// headers.
		if (response.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
			headers.add(new CachedPage.Header(HttpHeaders.CONTENT_TYPE, rendered.getContentType()));
		}
		if (rendered.language != null && response.getHeader(HttpHeaders.CONTENT_LANGUAGE) == null) {
			headers.add(new CachedPage.Header(HttpHeaders.CONTENT_LANGUAGE, rendered.language.toLanguageTag()));
		}
		return new CachedPage(version, rendered.getStatus(), List.copyOf(headers), plain, gzip(plain),
				"\"" + DigestUtils.md5DigestAsHex(plain) + "\"", lastModified(response));
	}

	private static long lastModified(HttpServletResponse response) {
		String value = response.getHeader(HttpHeaders.LAST_MODIFIED);
		try {
			return (value != null)
					? ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli() : -1;
		}
		catch (DateTimeParseException ex) {
			return -1;
		}
	}

	/** Compressed once per page and version, so as well as gzip can. */
	private static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot compress in memory", ex);
		}
		return compressed.toByteArray();
	}

	private static void writeHeaders(CachedPage page, HttpServletResponse response) {
		response.setStatus(page.status());
		for (CachedPage.Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
	}

	/**
	 * Sends the page, compressed if the reader accepts it, or a 304 when the reader's
	 * copy is current. Its headers are on the response already.
	 */
	private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = acceptsGzip(request);
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CONTENT_ENCODING, null);
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzip() : page.plain();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		for (String value : (values != null) ? Collections.list(values) : List.<String>of()) {
			for (String coding : value.split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")) {
					return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
		}
		return false;
	}

	private static boolean notModified(CachedPage page, HttpServletRequest request) {
		String tags = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (tags != null) {
			for (String tag : tags.split(",")) {
				String opaque = tag.trim().replaceFirst("^W/", "");
				if (opaque.equals("*") || opaque.equals(page.etag()) || opaque.equals(page.gzipEtag())) {
					return true;
				}
			}
			return false;
		}
		if (page.lastModified() >= 0) {
			try {
				long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
				return since >= 0 && page.lastModified() / 1000 <= since / 1000;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The response as the application writes it on a miss: its body is kept back, and the
	 * language a view set is noted, since the container sends it as a header only when it
	 * commits.
	 */
	private static final class RenderedResponse extends ContentCachingResponseWrapper {

		private Locale language;

		RenderedResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.language = locale;
		}

	}

	/**
	 * The request as the application sees it on a miss: without the reader's validators,
	 * so that it renders the whole page to keep, and this filter answers them.
	 */
	private static final class WithoutValidators extends HttpServletRequestWrapper {

		private static final Set<String> VALIDATORS = Set.of(HttpHeaders.IF_NONE_MATCH.toLowerCase(Locale.ROOT),
				HttpHeaders.IF_MODIFIED_SINCE.toLowerCase(Locale.ROOT));

		WithoutValidators(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return VALIDATORS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return VALIDATORS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return VALIDATORS.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
		}

	}

}
