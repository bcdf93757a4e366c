package org.rustinwindows.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP against the running portal, with the headers a browser sends, and nothing
 * decoded or followed behind the test's back.
 */
public final class PortalHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public PortalHttp(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofString(), headers);
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
	}

	private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.timeout(Duration.ofSeconds(20));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.client.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("GET " + path + " interrupted", ex);
		}
	}

}
