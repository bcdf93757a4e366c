package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's mistake is worth at most one line in the log: malformed multipart bodies,
 * impossible page numbers and malformed forms sent to the real server leave no stack
 * trace and a few lines in all.
 */
@PortalServerTest
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLoggingTests {

	private static final int REQUESTS = 20;

	@LocalServerPort
	int port;

	@Test
	void malformedRequestsLogAtMostALineEachAndNoStackTrace(CapturedOutput output) throws IOException {
		send(get("/"));
		int before = output.getAll().length();
		List<String> requests = List.of(multipart("/login"), multipart("/comments"), multipart("/admin/articles/new"),
				get("/articles?page=2147483647"), get("/articles?page=abc"), get("/error"),
				get("/search?q=%00%0B&page=99999999999"));
		for (int i = 0; i < REQUESTS; i++) {
			for (String request : requests) {
				String status = send(request);
				assertThat(status).as(request.lines().findFirst().orElseThrow()).matches("HTTP/1.1 [34]\\d\\d .*");
			}
		}
		String logged = output.getAll().substring(before);
		assertThat(logged).doesNotContain("\tat ").doesNotContain("Caused by");
		assertThat(logged.lines().count()).isLessThanOrEqualTo((long) REQUESTS * requests.size());
	}

	private static String multipart(String path) {
		String body = "--boundary\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nadmin\r\n--bound";
		return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: multipart/form-data; boundary=boundary\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body;
	}

	private static String get(String path) {
		return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return response.lines().findFirst().orElse("");
		}
	}

}
