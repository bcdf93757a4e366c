package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More clients than the server has threads, each sending a form body a few bytes at a
 * time, do not stop the portal from answering readers: only some threads may wait for
 * bodies.
 */
@PortalServerTest
class SlowBodyTests {

	/** More than Tomcat's 200 threads. */
	private static final int SLOW_CLIENTS = 230;

	@LocalServerPort
	int port;

	@Test
	void readersAreServedWhileSlowBodiesArrive() throws IOException {
		PortalHttp http = new PortalHttp(this.port);
		// Warm: the first request of a fresh portal waits for its seeding.
		assertThat(http.get("/").statusCode()).isEqualTo(200);
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket("localhost", this.port);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /comments HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nbody=slow")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				slow.add(socket);
			}
			long start = System.nanoTime();
			assertThat(new PortalHttp(this.port).get("/").statusCode()).isEqualTo(200);
			System.out.println(
					"DEBUGGET " + java.time.Instant.now() + " after " + Duration.ofNanos(System.nanoTime() - start));
			assertThat(new PortalHttp(this.port).get("/articles").statusCode()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

}
