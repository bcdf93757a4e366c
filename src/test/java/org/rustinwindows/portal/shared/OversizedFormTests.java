package org.rustinwindows.portal.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server: Tomcat's own form limit is what this is about.
 */
@PortalServerTest
class OversizedFormTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> postForm(String path, int bytes) throws Exception {
		return post(path, "application/x-www-form-urlencoded; charset=UTF-8", bytes);
	}

	private HttpResponse<String> post(String path, String contentType, int bytes) throws Exception {
		String form = "title=Long&body=" + "x".repeat(bytes);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", contentType)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aFormTooLargeToReadIsRefusedAs413WithAPageThatSaysSo() throws Exception {
		HttpResponse<String> response = postForm("/admin/articles/new", 5 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The form was too large", "Nothing was saved");
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
	}

	@Test
	void aLargeFormWithinTheLimitIsReadAndMeetsTheUsualChecks() throws Exception {
		// 3 MB is over Tomcat's default limit: read now, so the missing CSRF token is
		// what
		// refuses it.
		HttpResponse<String> response = postForm("/admin/articles/new", 3 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void aMalformedContentTypeIsNoReasonToFail() throws Exception {
		for (String type : new String[] { ";;;", "application/x-www-form-urlencoded; charset=\"", "/" }) {
			assertThat(post("/admin/articles/new", type, 10).statusCode()).as(type).isBetween(400, 499);
			assertThat(post("/search", type, 10).statusCode()).as(type).isBetween(400, 499);
		}
	}

}
