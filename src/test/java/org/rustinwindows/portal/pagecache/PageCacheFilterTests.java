package org.rustinwindows.portal.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ContentVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The page cache filter over a stand-in for the rest of the chain, which renders a page
 * with the headers Spring Security writes and counts how often it is asked.
 */
class PageCacheFilterTests {

	private static final String PAGE = "<!DOCTYPE html><title>Allocators</title><p>"
			+ "Rust in the kernel. ".repeat(200);

	private final ContentVersion version = mock(ContentVersion.class);

	private final PageCache pages = new PageCache(new PageCacheProperties(true, DataSize.ofMegabytes(1)),
			new SimpleMeterRegistry());

	private final PageCacheFilter filter = new PageCacheFilter(this.pages, this.version);

	private final AtomicInteger rendered = new AtomicInteger();

	private Consumer<HttpServletResponse> application = PageCacheFilterTests::renderPage;

	private final FilterChain chain = (request, response) -> {
		this.rendered.incrementAndGet();
		this.application.accept((HttpServletResponse) response);
	};

	private static void renderPage(HttpServletResponse response) {
		response.setStatus(200);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Content-Security-Policy", "default-src 'self'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		try {
			response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpServletResponse get(String uri, String... headers) throws Exception {
		return send("GET", uri, headers);
	}

	private MockHttpServletResponse send(String method, String uri, String... headers) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		int query = uri.indexOf('?');
		if (query >= 0) {
			request.setRequestURI(uri.substring(0, query));
			request.setQueryString(uri.substring(query + 1));
			for (String pair : uri.substring(query + 1).split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				request.addParameter(nameAndValue[0], (nameAndValue.length > 1) ? nameAndValue[1] : "");
			}
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.chain);
		return response;
	}

	private static List<String> headerLines(MockHttpServletResponse response) {
		List<String> lines = new ArrayList<>();
		response.getHeaderNames().forEach((name) -> lines.add(name + ": " + response.getHeaders(name)));
		lines.add("Content-Type: " + response.getContentType());
		return lines;
	}

	@Test
	void aKeptPageDoesNotReachTheApplicationAndIsTheSameResponse() throws Exception {
		MockHttpServletResponse first = get("/articles/allocators");
		MockHttpServletResponse second = get("/articles/allocators");

		assertThat(this.rendered).hasValue(1);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo(PAGE).isEqualTo(first.getContentAsString());
		assertThat(headerLines(second)).containsExactlyInAnyOrderElementsOf(headerLines(first))
			.contains("Content-Security-Policy: [default-src 'self']", "X-Content-Type-Options: [nosniff]",
					"X-Frame-Options: [DENY]", "Referrer-Policy: [strict-origin-when-cross-origin]",
					"Cache-Control: [public, no-cache]", "Vary: [Accept-Encoding]");
		assertThat(second.getHeader(HttpHeaders.ETAG)).matches("\"[0-9a-f]{32}\"");
	}

	@Test
	void sendsTheGzipFormToReadersThatAcceptItAndItIsThePage() throws Exception {
		MockHttpServletResponse plain = get("/faq");
		MockHttpServletResponse gzip = get("/faq", HttpHeaders.ACCEPT_ENCODING, "br, gzip, deflate");
		MockHttpServletResponse refused = get("/faq", HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity");

		assertThat(gzip.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzip.getContentLength()).isEqualTo(gzip.getContentAsByteArray().length)
			.isLessThan(plain.getContentAsByteArray().length);
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
		}
		assertThat(gzip.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG)).endsWith("-gz\"");
		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(refused.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(this.rendered).hasValue(1);
	}

	@Test
	void answersAMatchingValidatorWith304() throws Exception {
		String etag = get("/timeline").getHeader(HttpHeaders.ETAG);
		String gzipEtag = get("/timeline", HttpHeaders.ACCEPT_ENCODING, "gzip").getHeader(HttpHeaders.ETAG);

		MockHttpServletResponse revalidated = get("/timeline", HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(revalidated.getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(get("/timeline", HttpHeaders.IF_NONE_MATCH, "W/" + gzipEtag, HttpHeaders.ACCEPT_ENCODING, "gzip")
			.getStatus()).isEqualTo(304);
		assertThat(get("/timeline", HttpHeaders.IF_NONE_MATCH, "\"stale\"").getStatus()).isEqualTo(200);
		assertThat(this.rendered).hasValue(1);
	}

	@Test
	void rendersAFreshPageOnceContentMoves() throws Exception {
		given(this.version.current()).willReturn(1L, 1L, 2L, 2L);
		get("/tags");
		get("/tags");
		get("/tags");
		get("/tags");
		assertThat(this.rendered).hasValue(2);
	}

	@Test
	void answersAFirstRequestWithItsOwnValidatorsToo() throws Exception {
		String etag = get("/").getHeader(HttpHeaders.ETAG);
		given(this.version.current()).willReturn(5L);
		// Rendered again after a change elsewhere: the reader's copy is still current.
		assertThat(get("/", HttpHeaders.IF_NONE_MATCH, etag).getStatus()).isEqualTo(304);
		assertThat(this.rendered).hasValue(2);
	}

	@Test
	void neverKeepsAResponseThatSetsACookieIsPrivateOrIsNotAPage() throws Exception {
		this.application = (response) -> {
			renderPage(response);
			response.addCookie(new Cookie("JSESSIONID", "abc"));
		};
		get("/search?q=driver");
		get("/search?q=driver");
		this.application = (response) -> {
			renderPage(response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		};
		get("/articles/a?ref=x");
		get("/articles/a?ref=x");
		this.application = (response) -> response.setStatus(500);
		get("/boom");
		get("/boom");
		this.application = (response) -> {
			renderPage(response);
			response.setStatus(404);
		};
		get("/articles/gone");
		get("/articles/gone");
		assertThat(this.rendered).hasValue(8);
		assertThat(this.pages.weight()).isZero();
	}

	@Test
	void leavesSignedInReadersReceiptsFormsAndAdminToTheApplication() throws Exception {
		get("/articles/a");
		MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/articles/a");
		signedIn.setRequestedSessionId("session");
		this.filter.doFilter(signedIn, new MockHttpServletResponse(), this.chain);
		// Each twice: the second one is rendered again too.
		for (String path : List.of("/articles/a?receipt=signed", "/comments/new?target=1", "/admin/articles", "/login",
				"/actuator/health", "/error", "/assets/css/site.css")) {
			get(path);
			get(path);
		}
		send("POST", "/articles/a");
		assertThat(this.rendered).hasValue(17);
		assertThat(get("/articles/a").getStatus()).isEqualTo(200);
		assertThat(this.rendered).hasValue(17);
	}

	@Test
	void servesHeadFromAKeptPageWithoutABodyAndKeepsNothingFromOne() throws Exception {
		MockHttpServletResponse unkept = send("HEAD", "/faq");
		assertThat(this.pages.weight()).isZero();
		get("/faq");
		MockHttpServletResponse head = send("HEAD", "/faq");
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getContentLength()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
		assertThat(unkept.getStatus()).isEqualTo(200);
		assertThat(this.rendered).hasValue(2);
	}

	@Test
	void tellsPagesApartByTheirParametersInAnyOrder() throws Exception {
		get("/search?q=driver&kind=article");
		get("/search?kind=article&q=driver");
		get("/search?q=driver&kind=faq");
		get("/search?q=driver%26kind%3Dfaq");
		MockHttpServletRequest parametersOnly = new MockHttpServletRequest("GET", "/search");
		parametersOnly.addParameter("q", "kernel");
		this.filter.doFilter(parametersOnly, new MockHttpServletResponse(), this.chain);
		assertThat(this.rendered).hasValue(4);
	}

	@Test
	void keepsNoMoreBytesThanItsBound() throws Exception {
		for (int i = 0; i < 500; i++) {
			get("/tags/tag-" + i);
		}
		assertThat(this.pages.weight()).isPositive().isLessThanOrEqualTo(DataSize.ofMegabytes(1).toBytes());
	}

}
